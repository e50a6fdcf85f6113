// The tiny state machine every headless flow is built on (STYLE.md convention 6): a frozen state
// `{ step, data, error?, busy, actions, done }`, actions allowed per step, one action at a time,
// subscribers and EventTarget events, and cancel()/dispose(). Errors never escape an action: they
// are explained (explainError, both languages) into `state.error`, so a view only renders state.
// Only misuse of the flow itself (an action at the wrong step, a second action while one runs, a
// disposed flow) throws, synchronously, as a FlowError.
import { explainError } from '../client/explain.js';
import type { ContactsLike, ErrorExplanation, ErrorKind, FieldExplanation } from '../client/explain.js';
import { GepiError } from '../errors.js';
import type { Locale, LocalizedText } from '../errors.js';
import type { Unsubscribe } from '../tokens/events.js';

/** The kit's two languages; every error in state is explained in both. */
export const FLOW_LOCALES: readonly Locale[] = ['zh-TW', 'en'];

/**
 * Codes of {@link FlowError}: mistakes in driving a flow, not failures of the work it does.
 *
 * | code | when | details |
 * |---|---|---|
 * | `ACTION_NOT_ALLOWED` | the action does not belong to the current step | `action`, `step`, `allowed` |
 * | `FLOW_BUSY` | an action was started while another one is still running | `action`, `pending` |
 * | `FLOW_DISPOSED` | the flow was disposed | `action` |
 */
export const FlowErrorCode = {
  ACTION_NOT_ALLOWED: 'ACTION_NOT_ALLOWED',
  FLOW_BUSY: 'FLOW_BUSY',
  FLOW_DISPOSED: 'FLOW_DISPOSED',
} as const;
export type FlowErrorCode = (typeof FlowErrorCode)[keyof typeof FlowErrorCode];

function flowErrorText(code: FlowErrorCode, details: Record<string, unknown>): LocalizedText {
  const action = String(details['action'] ?? '');
  switch (code) {
    case 'ACTION_NOT_ALLOWED':
      return {
        'zh-TW': `目前步驟無法執行此操作（${action}）`,
        en: `"${action}" is not allowed at step "${String(details['step'] ?? '')}".`,
      };
    case 'FLOW_BUSY':
      return {
        'zh-TW': '作業處理中，請待其完成後再試',
        en: `Another action (${String(details['pending'] ?? '')}) is still running; wait for it to finish.`,
      };
    case 'FLOW_DISPOSED':
      return { 'zh-TW': '此作業已結束，請重新開始', en: 'This flow has been disposed; start a new one.' };
  }
}

/** Raised synchronously by an action called at the wrong moment; see {@link FlowErrorCode}. */
export class FlowError extends GepiError {
  override name = 'FlowError';
  declare readonly code: FlowErrorCode;

  constructor(code: FlowErrorCode, details: Record<string, unknown> = {}) {
    super({ code, text: flowErrorText(code, details), details });
  }
}

export function isFlowError(value: unknown, code?: FlowErrorCode): value is FlowError {
  return value instanceof FlowError && (code === undefined || value.code === code);
}

/**
 * An error as a flow's state holds it: plain data (safe to serialise, log or post to a worker),
 * with explainError()'s words in both languages so a view renders `explanation[locale]`.
 */
export interface FlowErrorState {
  code: string;
  kind: ErrorKind;
  /** The input to mark (first one when several are wrong). */
  field?: string;
  /** Every input that is wrong, when a whole form was checked. */
  fields?: string[];
  retryable: boolean;
  /** PIN tries left on the card, after PIN_INCORRECT. */
  triesLeft?: number;
  /** The certification authority that unlocks the card (PIN_LOCKED) or issued the certificate. */
  ca?: string;
  requestId?: string;
  explanation: Record<Locale, ErrorExplanation>;
}

function detailsOf(error: unknown): Record<string, unknown> {
  if (typeof error === 'object' && error !== null) {
    const details = (error as { details?: unknown }).details;
    if (typeof details === 'object' && details !== null) return details as Record<string, unknown>;
  }
  return {};
}

/**
 * The state form of one error, or of several input errors of one form (the first leads; each one
 * is listed in `fields` and in `explanation[locale].fields`).
 */
export function toFlowError(errors: unknown, contacts?: ContactsLike): FlowErrorState {
  const list = Array.isArray(errors) ? (errors as unknown[]) : [errors];
  const first: unknown = list[0];
  const options = contacts ? { contacts } : {};
  const explanation = {} as Record<Locale, ErrorExplanation>;
  for (const locale of FLOW_LOCALES) {
    const main = explainError(first, locale, options);
    if (list.length > 1) {
      main.fields = list.map((e): FieldExplanation => {
        const one = explainError(e, locale, options);
        return { field: one.field ?? '', code: one.code, title: one.title, detail: one.detail };
      });
    }
    explanation[locale] = main;
  }
  const lead = explanation['zh-TW'];
  const details = detailsOf(first);
  const state: FlowErrorState = {
    code: lead.code,
    kind: lead.kind,
    retryable: lead.retryable,
    explanation,
  };
  if (lead.field) state.field = lead.field;
  const fields = (lead.fields ?? []).map((f) => f.field).filter((f) => f !== '');
  if (fields.length > 0) state.fields = [...new Set(fields)];
  if (typeof details['triesLeft'] === 'number') state.triesLeft = details['triesLeft'];
  if (typeof details['ca'] === 'string') state.ca = details['ca'];
  if (lead.requestId) state.requestId = lead.requestId;
  return state;
}

export interface FlowState<Step extends string = string, Data = unknown> {
  /** Which flow this is, e.g. `first-registration`. */
  readonly flow: string;
  readonly step: Step;
  /** What the views of this step show; replaced (never mutated) on every change. */
  readonly data: Data;
  /** The last action's failure; cleared when the next action starts. */
  readonly error?: FlowErrorState;
  /** An action is running: disable the buttons, show progress. */
  readonly busy: boolean;
  /** The running action's name while `busy`. */
  readonly pending?: string;
  /** Actions allowed at this step (whether or not the flow is busy). */
  readonly actions: readonly string[];
  /** The flow reached an end (success, a message to show, declined or cancelled). */
  readonly done: boolean;
}

export interface FlowStepChangeDetail<S extends FlowState = FlowState> {
  from: string;
  to: string;
  state: S;
}

export interface FlowDoneDetail<S extends FlowState = FlowState> {
  /** The final step: e.g. `registered`, `review-pending`, `declined`, `cancelled`. */
  outcome: string;
  state: S;
}

export interface FlowErrorDetail<S extends FlowState = FlowState> {
  error: FlowErrorState;
  state: S;
}

/**
 * Events a flow dispatches (as CustomEvents): `state` on every change, `step-change`, `error` when
 * an action fails, `done` once when the flow ends.
 */
export interface FlowEventMap<S extends FlowState = FlowState> {
  state: CustomEvent<S>;
  'step-change': CustomEvent<FlowStepChangeDetail<S>>;
  error: CustomEvent<FlowErrorDetail<S>>;
  done: CustomEvent<FlowDoneDetail<S>>;
}

export interface MachineConfig<Step extends string, Data> {
  flow: string;
  initial: Step;
  data: Data;
  /** Actions allowed at each step. Every flow has a `cancelled` step (with no actions). */
  actions: Readonly<Record<Step, readonly string[]>>;
  /** Steps that end the flow. */
  terminal: readonly Step[];
  contacts?: ContactsLike;
  /** Loads the CA contacts explainError adds to card errors; called at most once, failures ignored. */
  loadContacts?: () => Promise<ContactsLike>;
}

function report(error: unknown): void {
  const scope = globalThis as { reportError?: (error: unknown) => void };
  if (typeof scope.reportError === 'function') scope.reportError(error);
  else console.error(error);
}

interface Mutable<Step extends string, Data> {
  step: Step;
  data: Data;
  error: FlowErrorState | undefined;
  busy: boolean;
  pending: string | undefined;
}

/**
 * Base of every flow. Subclasses declare their steps' actions and implement each action as a
 * method that calls {@link act} (async work) or {@link actSync} (form edits).
 */
export class FlowMachine<Step extends string, Data extends object> extends EventTarget {
  readonly #config: MachineConfig<Step, Data>;
  #state: FlowState<Step, Data>;
  readonly #listeners = new Set<(state: FlowState<Step, Data>) => void>();
  readonly #abort = new AbortController();
  readonly #cleanups: (() => void)[] = [];
  #contacts: Promise<ContactsLike | undefined> | undefined;
  #doneSent = false;
  #disposed = false;
  #cancelling: Promise<void> | undefined;

  constructor(config: MachineConfig<Step, Data>) {
    super();
    this.#config = config;
    if (config.contacts) this.#contacts = Promise.resolve(config.contacts);
    this.#state = this.#freeze({
      step: config.initial,
      data: config.data,
      error: undefined,
      busy: false,
      pending: undefined,
    });
  }

  get state(): FlowState<Step, Data> {
    return this.#state;
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  /** Whether `action` may be called now (allowed at this step, nothing running, not disposed). */
  can(action: string): boolean {
    return !this.#disposed && !this.#state.busy && this.#state.actions.includes(action);
  }

  /**
   * Calls `listener` with the current state now and with every new state after. Listener errors
   * are reported and do not stop the flow or the other listeners.
   */
  subscribe(listener: (state: FlowState<Step, Data>) => void): Unsubscribe {
    if (this.#disposed) return () => {};
    const entry = (state: FlowState<Step, Data>) => listener(state);
    this.#listeners.add(entry);
    try {
      entry(this.#state);
    } catch (error) {
      report(error);
    }
    return () => void this.#listeners.delete(entry);
  }

  /**
   * Abandons the flow (退出 / 取消): aborts calls in flight, logs the cards out, ends the server
   * session, and moves to `cancelled`. Allowed at any moment, even while busy; idempotent.
   */
  cancel(): Promise<void> {
    if (this.#cancelling) return this.#cancelling;
    if (this.#disposed || this.#state.done) return Promise.resolve();
    this.#abort.abort();
    this.#cancelling = (async () => {
      try {
        await this.cleanup();
      } catch {
        // Best effort: the session expires on its own and cards log out when removed.
      }
      this.#commit({ step: 'cancelled' as Step, error: undefined, busy: false, pending: undefined });
    })();
    return this.#cancelling;
  }

  /**
   * Cancels if still running (in the background), then goes quiet: no more listener calls or
   * events, provider subscriptions dropped. Later actions throw FLOW_DISPOSED.
   */
  dispose(): void {
    if (this.#disposed) return;
    if (!this.#state.done) void this.cancel();
    this.#disposed = true;
    this.#abort.abort();
    this.#listeners.clear();
    for (const cleanup of this.#cleanups.splice(0)) {
      try {
        cleanup();
      } catch (error) {
        report(error);
      }
    }
  }

  /** Typed for the flow's events (see {@link FlowEventMap}); any other type as EventTarget takes it. */
  override addEventListener<K extends keyof FlowEventMap<FlowState<Step, Data>>>(
    type: K,
    listener: ((event: FlowEventMap<FlowState<Step, Data>>[K]) => void) | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | ((event: CustomEvent) => void) | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener as EventListenerOrEventListenerObject | null, options);
  }

  override removeEventListener<K extends keyof FlowEventMap<FlowState<Step, Data>>>(
    type: K,
    listener: ((event: FlowEventMap<FlowState<Step, Data>>[K]) => void) | null,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | ((event: CustomEvent) => void) | null,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener as EventListenerOrEventListenerObject | null, options);
  }

  // ── for subclasses ─────────────────────────────────────────────────────────────────────────────

  /** Aborted by cancel() and dispose(). */
  protected get signal(): AbortSignal {
    return this.#abort.signal;
  }

  protected get data(): Data {
    return this.#state.data;
  }

  /** What cancel() releases: cards, sessions. Default: nothing. */
  protected async cleanup(): Promise<void> {}

  /** Registers something dispose() undoes (an event subscription). */
  protected onDispose(cleanup: () => void): void {
    if (this.#disposed) cleanup();
    else this.#cleanups.push(cleanup);
  }

  /**
   * Runs an async action: checks it is allowed now (throwing FlowError synchronously otherwise),
   * marks the flow busy, and puts any failure into `state.error` instead of rejecting. Resolves
   * with the work's result, or undefined when it failed or the flow was cancelled.
   */
  protected perform<R>(action: string, work: (signal: AbortSignal) => Promise<R>): Promise<R | undefined> {
    this.#assertCan(action);
    this.#commit({ busy: true, pending: action, error: undefined });
    const signal = this.#abort.signal;
    return (async () => {
      try {
        return await work(signal);
      } catch (error) {
        if (!signal.aborted) await this.recover(error, action);
        return undefined;
      } finally {
        if (!signal.aborted) this.#commit({ busy: false, pending: undefined });
        // Cancelled meanwhile: resolve once the flow is settled in `cancelled`, not before.
        else await this.#cancelling;
      }
    })();
  }

  /** {@link perform}, resolving with the state it leaves. */
  protected act(
    action: string,
    work: (signal: AbortSignal) => Promise<void>,
  ): Promise<FlowState<Step, Data>> {
    return this.perform(action, work).then(() => this.#state);
  }

  /** A synchronous action (a form edit): same checks, no busy phase. Returns the new state. */
  protected actSync(action: string, work: () => void): FlowState<Step, Data> {
    this.#assertCan(action);
    try {
      work();
    } catch (error) {
      this.setError(toFlowError(error));
    }
    return this.#state;
  }

  /**
   * Where an action's failure goes. Default: into `state.error`, staying at the step. Flows
   * override it to move elsewhere (a lost session back to the first card step, for instance).
   */
  protected async recover(error: unknown, _action: string): Promise<void> {
    await this.fail(error);
  }

  /** Explains `error` (or a form's several errors) into `state.error`, keeping the step. */
  protected async fail(error: unknown): Promise<void> {
    const first = Array.isArray(error) ? (error as unknown[])[0] : error;
    const contacts = typeof detailsOf(first)['ca'] === 'string' ? await this.#loadContacts() : undefined;
    this.#guard();
    this.setError(toFlowError(error, contacts));
  }

  protected setError(error: FlowErrorState | undefined): void {
    this.#guard();
    this.#commit({ error });
  }

  /** Moves to `step`, merging `patch` into the data. Throws the abort reason after cancel(). */
  protected goto(step: Step, patch: Partial<Data> = {}, error?: FlowErrorState): void {
    this.#guard();
    this.#commit({ step, data: { ...this.#state.data, ...patch }, error });
  }

  /** Merges `patch` into the data, keeping the step and the error. */
  protected patch(patch: Partial<Data>): void {
    this.#guard();
    this.#commit({ data: { ...this.#state.data, ...patch } });
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────

  #guard(): void {
    // Work that outlives cancel() must not write into the cancelled flow.
    this.#abort.signal.throwIfAborted();
  }

  #assertCan(action: string): void {
    if (this.#disposed) throw new FlowError('FLOW_DISPOSED', { action });
    const state = this.#state;
    if (!state.actions.includes(action)) {
      throw new FlowError('ACTION_NOT_ALLOWED', { action, step: state.step, allowed: [...state.actions] });
    }
    if (state.busy) throw new FlowError('FLOW_BUSY', { action, pending: state.pending });
  }

  #loadContacts(): Promise<ContactsLike | undefined> {
    const load = this.#config.loadContacts;
    this.#contacts ??= load ? load().catch(() => undefined) : Promise.resolve(undefined);
    return this.#contacts;
  }

  #freeze(m: Mutable<Step, Data>): FlowState<Step, Data> {
    const state: {
      -readonly [K in keyof FlowState<Step, Data>]: FlowState<Step, Data>[K];
    } = {
      flow: this.#config.flow,
      step: m.step,
      data: Object.freeze({ ...m.data }),
      busy: m.busy,
      actions: Object.freeze([...(this.#config.actions[m.step] ?? [])]),
      done: this.#config.terminal.includes(m.step) || m.step === 'cancelled',
    };
    if (m.error) state.error = m.error;
    if (m.pending !== undefined) state.pending = m.pending;
    return Object.freeze(state);
  }

  #commit(change: Partial<Mutable<Step, Data>>): void {
    const prev = this.#state;
    const next = this.#freeze({
      step: prev.step,
      data: prev.data,
      error: prev.error,
      busy: prev.busy,
      pending: prev.pending,
      ...change,
    });
    this.#state = next;
    // A disposed flow goes quiet: its views are gone, whatever dispose() still winds down.
    if (this.#disposed) return;
    for (const listener of [...this.#listeners]) {
      try {
        listener(next);
      } catch (error) {
        report(error);
      }
    }
    this.dispatchEvent(new CustomEvent('state', { detail: next }));
    if (prev.step !== next.step) {
      this.dispatchEvent(
        new CustomEvent('step-change', { detail: { from: prev.step, to: next.step, state: next } }),
      );
    }
    if (next.error && next.error !== prev.error) {
      this.dispatchEvent(new CustomEvent('error', { detail: { error: next.error, state: next } }));
    }
    if (next.done && !next.busy && !this.#doneSent) {
      this.#doneSent = true;
      this.dispatchEvent(new CustomEvent('done', { detail: { outcome: next.step, state: next } }));
    }
  }
}
