// Binds one of the SDK's headless flows to the element that renders it. The flow holds every rule;
// this controller only carries its states to the element (a re-render per state), tells the page
// what happened (`gepi-step-change`, `gepi-error`), puts focus on the new step's heading once that
// step is on screen, and disposes of the flow (which cancels it: cards logged out, session ended)
// when the element leaves the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ErrorExplanation, FlowState } from '@gepi/sdk';
import type { Locale } from '../i18n/translation.js';

/** What the controller needs of a flow; every flow of `@gepi/sdk` has it. */
export interface FlowHandle<S extends FlowState = FlowState> {
  readonly state: S;
  subscribe(listener: (state: S) => void): () => void;
  can(action: string): boolean;
  cancel(): Promise<void>;
  dispose(): void;
}

export interface GepiStepChangeDetail {
  /** Which flow: `first-registration`, `assignment`, `swap-org`, `query-receipts`, … */
  readonly flow: string;
  /** The step now shown, e.g. `org-card`, `confirm`, `registered`, `cancelled`. */
  readonly step: string;
  /** The step before; null when the flow has just started. */
  readonly from: string | null;
}

/** `explainError()`'s words for the flow's new error, in the element's locale, and where it happened. */
export type GepiErrorDetail = Readonly<ErrorExplanation> & {
  readonly flow: string;
  readonly step: string;
};

export type GepiStepChangeEvent = CustomEvent<GepiStepChangeDetail>;
export type GepiErrorEvent = CustomEvent<GepiErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-step-change': GepiStepChangeEvent;
    'gepi-error': GepiErrorEvent;
  }
}

export interface FlowControllerHost extends ReactiveControllerHost, HTMLElement {
  /** The locale errors are explained in. */
  readonly resolvedLocale: Locale;
  /** Moves focus to the heading of the step on screen; `from` is the step before ('' if none). */
  focusStep(state: FlowState, from: string): Promise<void> | void;
  /** Called once per step entered, after `gepi-step-change`: where an element fires its own events. */
  stepEntered?(state: FlowState, from: string | null): void;
}

/**
 * Whether focus is the host's to move: inside it (through any shadow roots), or nowhere (the
 * control that had it was just removed). Focus the person put elsewhere on the page stays there.
 */
function focusIsOurs(host: Element): boolean {
  let active: Element | null = document.activeElement;
  if (active === null || active === document.body) return true;
  while (active) {
    if (active === host || host.contains(active)) return true;
    active = active.shadowRoot?.activeElement ?? null;
  }
  return false;
}

/**
 * One flow on one element: `attach()` a flow to render it, `detach()` (or the element leaving the
 * page) to dispose of it. The host re-renders on every state of the flow.
 */
export class FlowController<
  S extends FlowState,
  F extends FlowHandle<S> = FlowHandle<S>,
> implements ReactiveController {
  private readonly host: FlowControllerHost;
  private current: F | undefined;
  private latest: S | undefined;
  private unsubscribe: (() => void) | undefined;
  private lastStep: string | undefined;
  private lastError: unknown;
  private pendingFocus: string | undefined;

  constructor(host: FlowControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** The flow being rendered, if any. */
  get flow(): F | undefined {
    return this.current;
  }

  /** The flow's latest state. */
  get state(): S | undefined {
    return this.latest;
  }

  /** Renders `flow` from now on; the flow rendered before is disposed of. */
  attach(flow: F): void {
    this.detach();
    this.current = flow;
    this.lastStep = undefined;
    this.lastError = undefined;
    // subscribe() calls back at once with the first state, so the first render already has it.
    this.unsubscribe = flow.subscribe((state) => this.onState(state));
  }

  /** Stops rendering the flow and disposes of it (cancelling whatever it still had open). */
  detach(): void {
    const flow = this.current;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = undefined;
    this.latest = undefined;
    this.pendingFocus = undefined;
    flow?.dispose();
  }

  /** Moves focus to the current step's heading after the next render (the host's `autofocus`). */
  focusAfterRender(): void {
    this.pendingFocus = this.lastStep ?? '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // A flow left running would keep a card session open behind a page that no longer shows it.
    this.detach();
  }

  hostUpdated(): void {
    const from = this.pendingFocus;
    const state = this.latest;
    if (from === undefined || !state) return;
    this.pendingFocus = undefined;
    void this.host.focusStep(state, from);
  }

  private onState(state: S): void {
    this.latest = state;
    const from = this.lastStep;
    if (state.step !== from) {
      this.lastStep = state.step;
      // Decided now, while the control that started the step still has focus; by the time the
      // new step is rendered that control may be gone.
      if (from !== undefined && focusIsOurs(this.host)) this.pendingFocus = from;
      this.dispatch('gepi-step-change', { flow: state.flow, step: state.step, from: from ?? null });
      this.host.stepEntered?.(state, from ?? null);
    }
    if (state.error && state.error !== this.lastError) {
      const explanation = state.error.explanation[this.host.resolvedLocale];
      this.dispatch('gepi-error', { ...explanation, flow: state.flow, step: state.step });
    }
    this.lastError = state.error;
    this.host.requestUpdate();
  }

  private dispatch<K extends 'gepi-step-change' | 'gepi-error'>(
    type: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
