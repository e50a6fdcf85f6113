// The base of the flow-bound elements (<gepi-first-registration>, <gepi-authorization>,
// <gepi-cert-swap>, <gepi-query>): where the SDK client and token provider come from (the element's
// properties, else the nearest <gepi-provider>), when the flow is created and thrown away, and the
// pieces every flow renders the same way (the card steps, the ends of a flow, an error without a
// form to show it, and the card session: its countdown, 延長作業時間, 結束作業 and what the page says
// once it has ended or run out). Views render; the flow decides; this class only connects the two.
import type {
  FortifyCertificatePickerOptions,
  FortifyPickerTokens,
  PickedCertificate,
} from '../fortify-picker.js';
import { ContextConsumer } from '@lit/context';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { MAX_PIN_TRIES } from '@gepi/sdk';
import type {
  CardStepData,
  CardView,
  CitizenPanel,
  ContactForm,
  ErrorExplanation,
  OrgPanel,
  FlowState,
  GepiClient,
  TokenProvider,
} from '@gepi/sdk';
import type {
  CardConfirmVariant,
  CardInReader,
  GepiCardSubmitDetail,
} from '../components/card-confirm/card-confirm.component.js';
import type {
  GepiContactSubmitDetail,
  GepiContactSubmitEvent,
} from '../components/contact-form/contact-form.component.js';
import { clientContext, tokensContext } from '../context/contexts.js';
import { systemClock } from './clock.js';
import type { Clock } from './clock.js';
import { coaching, renderCoach } from './coach.js';
import type { CoachState } from './coach.js';
import { FlowController } from './flow-controller.js';
import type { FlowControllerHost, FlowHandle } from './flow-controller.js';
import { GepiElementBase } from './gepi-element.js';
import { renderHeading } from './heading.js';
import { flowWords } from '../i18n/zh-TW/flow.js';

/** What a flow is created with. */
export interface FlowInputs {
  client: GepiClient;
  tokens: TokenProvider | undefined;
  clock: Clock;
  readerId: string | undefined;
}

/** A view that can take focus at its heading, as every presentational element of the kit can. */
type FocusableView = HTMLElement & { focusHeading?: (options?: FocusOptions) => Promise<void> };

/**
 * The card in the reader, as <gepi-card-confirm> shows it: null when no reader holds a card,
 * undefined while the flow has not read the readers yet (nothing is shown rather than "no card").
 * The flow decides whether it is the kind the step takes (its `wrong-kind` warning).
 */
export function cardInReader(card: CardView | null | undefined): CardInReader | null | undefined {
  if (card === undefined) return undefined;
  if (card === null) return null;
  const cert = card.certificate;
  return {
    holderName: cert?.holder,
    ca: card.ca ?? cert?.ca,
    notBefore: cert?.notBefore,
    notAfter: cert?.notAfter,
    serial: cert?.serial,
    cardNumber: card.cardNumber,
    wrongKind: card.warnings.includes('wrong-kind'),
    revoked: card.warnings.includes('revoked'),
  };
}

/** What opens the "choose another certificate" dialog (`openFortifyCertificatePicker`). */
export type CertificatePickerOpener = (
  options: FortifyCertificatePickerOptions,
) => Promise<PickedCertificate | null>;

/** A Fortify token provider, the only kind the certificate picker works with. */
function fortifyTokens(tokens: TokenProvider | undefined): (TokenProvider & FortifyPickerTokens) | undefined {
  const candidate = tokens as (TokenProvider & Partial<FortifyPickerTokens>) | undefined;
  return candidate?.kind === 'fortify' && typeof candidate.fromFortifySelection === 'function'
    ? (candidate as TokenProvider & FortifyPickerTokens)
    : undefined;
}

/** Why the card session is over, as the page says it: 結束作業, its time ran out, or the card came out. */
export type SessionEnd = 'ended' | 'expired' | 'card-removed';

// What the flows answer a call with once the session is gone: ran out, or no longer known.
const SESSION_LOST: Readonly<Record<string, SessionEnd>> = {
  SESSION_EXPIRED: 'expired',
  SESSION_INVALID: 'ended',
};

// The polite announcements before the end: at 2 minutes and at 30 seconds.
const WARN_MINUTES_MS = 120_000;
const WARN_SECONDS_MS = 30_000;

/** Which warning the countdown is in: only a change of band (or of the flow) re-renders the flow. */
type SessionBand = 'none' | 'minutes' | 'seconds';
const bandOf = (left: number): SessionBand =>
  left <= WARN_SECONDS_MS ? 'seconds' : left <= WARN_MINUTES_MS ? 'minutes' : 'none';

/** Time left as mm:ss. */
function minutesSeconds(left: number): string {
  const seconds = Math.max(0, Math.ceil(left / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A flow with 結束作業 on its list (授權指派, 查詢已授權清單); the others are cancelled instead. */
interface Finishing {
  finish(): Promise<unknown>;
}
interface Extending {
  extendSession(): Promise<FlowState>;
}

/** The PIN of a card step as an action takes it: absent when the page collected none (Fortify, PIN pad). */
export function withPin(pin: string | undefined): { pin?: string } {
  return pin === undefined ? {} : { pin };
}

/**
 * A GEPI element that renders one flow of `@gepi/sdk`. A subclass says how to create its flow and
 * which view renders each step; this class resolves the client and the token provider, creates the
 * flow once both are known (again when one of them, the reader or `flowKey` changes), and disposes
 * of it, cancelling it, when the element leaves the page. Putting the element back starts anew.
 */
/** `detail` of `gepi-print-receipt`: the 收件編號 of the receipt about to be printed. */
export interface GepiPrintReceiptDetail {
  number: string;
}
export type GepiPrintReceiptEvent = CustomEvent<GepiPrintReceiptDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-print-receipt': GepiPrintReceiptEvent;
  }
}

/** What a result screen (首次註冊, the swaps) shows under its message. */
interface ResultDetails {
  org?: OrgPanel;
  citizen?: CitizenPanel;
  result?: {
    receipt?: { receivedAtRoc?: string; number?: string; itemLabel?: { 'zh-TW': string; en: string } };
  };
}

export abstract class GepiFlowElement<S extends FlowState, F extends FlowHandle<S>>
  extends GepiElementBase
  implements FlowControllerHost
{
  static override catalogParts = [...GepiElementBase.catalogParts, flowWords];

  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    tokens: { attribute: false },
    clock: { attribute: false },
    readerId: { attribute: 'reader-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    certificatePicker: { attribute: false },
    hideCoach: { type: Boolean, attribute: 'hide-coach' },
  };

  /** The registration API client (`GepiClient` of `@gepi/sdk`); else the nearest provider's. */
  declare client: GepiClient | undefined;

  /** The token provider the cards are reached through; else the nearest provider's. */
  declare tokens: TokenProvider | undefined;

  /** Where "now" comes from: the terms' download time, expiry warnings, ID rules. */
  declare clock: Clock | undefined;

  /** Use this reader for every card step; unset, the flow picks the reader holding the right card. */
  declare readerId: string | undefined;

  /** The level of the steps' headings (1–6), to fit the host page's outline. Default 2. */
  declare headingLevel: number;

  /**
   * Opt-in 選擇其他憑證 on the card steps in Fortify mode: `openFortifyCertificatePicker` from
   * `@gepi/elements/fortify-picker` (the host imports it, and installs its optional peer
   * `@peculiar/fortify-webcomponents`). The card step then uses the reader chosen.
   */
  declare certificatePicker: CertificatePickerOpener | undefined;

  /**
   * Leaves out the card coach (the step indicator and the live instruction above a card flow's
   * steps), for a host that shows its own.
   */
  declare hideCoach: boolean;

  private readonly clientFromContext = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private readonly tokensFromContext = new ContextConsumer(this, { context: tokensContext, subscribe: true });
  protected readonly flowController: FlowController<S, F> = new FlowController<S, F>(this);
  // What the running flow was created from; a change of any of them starts a new flow.
  private flowInputs: readonly unknown[] | undefined;
  // Why the session ended here (結束作業 pressed, or its time ran out), until 重新開始.
  private sessionEnd: 'ended' | 'expired' | undefined;
  // 延長作業時間 worked: said politely until a warning takes over.
  private sessionExtended = false;
  private sessionTicker: ReturnType<typeof setInterval> | undefined;
  // The warning band of the last update (willUpdate); a tick inside it only rewrites the mm:ss.
  private sessionBand: SessionBand | undefined;

  constructor() {
    super();
    this.headingLevel = 2;
    this.hideCoach = false;
  }

  /** The flow being rendered (undefined until a client and a token provider are known). */
  get flow(): F | undefined {
    return this.flowController.flow;
  }

  /** The flow's state as last rendered. */
  get state(): S | undefined {
    return this.flowController.state;
  }

  /** Throws the running flow away (cancelling it) and starts a new one at its first step. */
  restart(): void {
    this.sessionEnd = undefined;
    this.sessionExtended = false;
    this.flowController.detach();
    this.flowInputs = undefined;
    this.requestUpdate();
  }

  /** Moves focus to the heading of the step on screen. */
  async focusHeading(): Promise<void> {
    const state = this.state;
    if (state) await this.focusStep(state, '');
  }

  /** @internal The controller calls this after a new step was rendered. */
  async focusStep(_state: FlowState, _from: string): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector<FocusableView>('[data-view]')?.focusHeading?.();
  }

  /** The new flow, or undefined when what it needs is missing. */
  protected abstract createFlow(inputs: FlowInputs): F | undefined;

  /** The renderer of one step. */
  protected abstract renderStep(state: S): unknown;

  /** What, besides client, token provider and reader, the flow depends on (a variant). */
  protected get flowKey(): readonly unknown[] {
    return [];
  }

  /** "Now", from `clock` at the moment of asking: a clock set later still applies. */
  protected readonly now = (): Date => (this.clock ?? systemClock)();

  /** The flow's last error in the element's locale. */
  protected get explanation(): ErrorExplanation | undefined {
    return this.state?.error?.explanation[this.resolvedLocale];
  }

  /**
   * Calls an action of the flow when it is allowed now: a view's event can arrive while the flow is
   * busy or already elsewhere (a double click), and that must not become an exception.
   */
  protected run<R>(action: string, work: (flow: F) => R): R | undefined {
    const flow = this.flow;
    if (!flow || !flow.can(action)) return undefined;
    return work(flow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.isConnected) this.syncFlow();
    // The warning band this update renders; a tick inside it only rewrites the mm:ss (sessionTick).
    const left = this.sessionLeft(this.state);
    this.sessionBand = left === undefined ? undefined : bandOf(left);
  }

  /** Makes the flow again when its inputs (client, tokens, reader, the element's own key) changed. */
  private syncFlow(): void {
    const client = this.client ?? this.clientFromContext.value;
    const tokens = this.tokens ?? this.tokensFromContext.value;
    const inputs = [client, tokens, this.readerId, ...this.flowKey];
    const same =
      this.flowInputs !== undefined &&
      inputs.length === this.flowInputs.length &&
      inputs.every((value, i) => value === this.flowInputs?.[i]);
    if (this.flow && same) return;
    this.flowController.detach();
    this.flowInputs = inputs;
    if (!client) return;
    const flow = this.createFlow({ client, tokens, clock: this.now, readerId: this.readerId });
    if (!flow) return;
    this.flowController.attach(flow);
    if (this.autofocus) this.flowController.focusAfterRender();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSessionTicker();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const left = this.sessionLeft(this.state);
    const open = left !== undefined;
    if (open) this.showSessionTime(left);
    if (open && this.sessionTicker === undefined) {
      this.sessionTicker = setInterval(() => this.sessionTick(), 1_000);
    } else if (!open) this.stopSessionTicker();
  }

  protected override render(): TemplateResult {
    const state = this.state;
    const ended = state ? this.sessionEndOf(state) : undefined;
    const coach =
      state && !this.hideCoach && !ended
        ? renderCoach(
            coaching(state as CoachState, (key, ...args) => this.t(key, ...args)),
            (key, ...args) => this.t(key, ...args),
          )
        : nothing;
    return html`<div part="base" class="base" lang=${this.resolvedLocale}>
      ${
        !state
          ? nothing
          : ended
            ? this.renderSessionEnded(ended)
            : html`${coach}${this.renderSession(state)}${this.renderStep(state)}`
      }
    </div>`;
  }

  // ── the card session ─────────────────────────────────────────────────────────────────────────

  /** Milliseconds the flow's card session has left, or undefined when it holds none. */
  private sessionLeft(state: FlowState | undefined): number | undefined {
    if (!state || state.done) return undefined;
    const expiresAt = (state.data as Partial<CardStepData>).sessionExpiresAt;
    return expiresAt === undefined ? undefined : Date.parse(expiresAt) - this.now().getTime();
  }

  /** Whether (and why) the page says the session is over instead of showing the step. */
  private sessionEndOf(state: FlowState): SessionEnd | undefined {
    if (this.sessionEnd && state.done) return this.sessionEnd;
    // A call met a session the server no longer has: the flow is back at its first card step.
    const lost = state.error ? SESSION_LOST[state.error.code] : undefined;
    return lost && !state.busy ? lost : undefined;
  }

  private stopSessionTicker(): void {
    if (this.sessionTicker !== undefined) clearInterval(this.sessionTicker);
    this.sessionTicker = undefined;
  }

  private sessionTick(): void {
    const left = this.sessionLeft(this.state);
    if (left === undefined) return this.stopSessionTicker();
    if (left <= 0 && !this.state?.busy) {
      this.stopSessionTicker();
      void this.endSession('expired');
      return;
    }
    // Once a second only the mm:ss changes: written into its own node, so the step, the coach and
    // their views are not rendered again. A new warning band renders the flow (its live text).
    if (bandOf(left) !== this.sessionBand) this.requestUpdate();
    else this.showSessionTime(left);
  }

  /** Writes the time left into the countdown (a node the template leaves to this method). */
  private showSessionTime(left: number): void {
    const node = this.renderRoot.querySelector('[part~="session-time"] > strong');
    const text = minutesSeconds(left);
    if (node && node.textContent !== text) node.textContent = text;
  }

  /**
   * 結束作業, or the time running out: ends the session in the API (DELETE /api/v1/session) and
   * says so. 授權指派 and 查詢已授權清單 finish on their list; elsewhere (a form open, a card step, a
   * call in flight) the flow is cancelled, which logs the cards out and ends the session as well.
   */
  protected async endSession(reason: 'ended' | 'expired'): Promise<void> {
    const flow = this.flow;
    if (!flow) return;
    this.sessionEnd = reason;
    this.sessionExtended = false;
    const finishing = flow as unknown as Partial<Finishing>;
    if (typeof finishing.finish === 'function' && flow.can('finish')) await finishing.finish.call(flow);
    else await flow.cancel();
    if (!this.state?.done) this.sessionEnd = undefined;
    this.requestUpdate();
  }

  /** 延長作業時間: the flow asks the server for the idle time again, up to the session's limit. */
  protected async extendSession(): Promise<void> {
    const next = await this.run('extendSession', (flow) => (flow as unknown as Extending).extendSession());
    this.sessionExtended = next !== undefined && !next.error;
    this.requestUpdate();
  }

  /**
   * 作業剩餘時間 mm:ss, 延長作業時間 (or, at the session's limit, that it cannot be extended) and
   * 結束作業, while the flow holds a session; a polite announcement at 2 minutes and at 30 seconds.
   */
  protected renderSession(state: FlowState): TemplateResult | typeof nothing {
    const left = this.sessionLeft(state);
    if (left === undefined) return nothing;
    const data = state.data as Partial<CardStepData>;
    const max = data.sessionMaxExpiresAt;
    const atLimit = max !== undefined && Date.parse(data.sessionExpiresAt ?? '') >= Date.parse(max);
    const canExtend = state.actions.includes('extendSession') && !atLimit;
    const band =
      this.sessionBand === 'seconds'
        ? this.t('session.warningSeconds', { seconds: WARN_SECONDS_MS / 1000 })
        : this.sessionBand === 'minutes'
          ? this.t('session.warning', { minutes: WARN_MINUTES_MS / 60_000 })
          : undefined;
    const said =
      band !== undefined
        ? band + this.t(atLimit ? 'session.warningAtLimit' : 'session.warningExtend')
        : this.sessionExtended
          ? this.t('session.extended')
          : '';
    return html`<div part="session" class="session">
      <span class="session-time" part="session-time" role="timer" aria-label=${this.t('session.remaining')}
        >${this.t('session.remaining')}：<strong></strong
      ></span>
      ${
        canExtend
          ? html`<button
              part="extend-session-button"
              class="button button--compact"
              type="button"
              ?disabled=${state.busy}
              @click=${this.extendSession}
            >
              ${this.t('session.extend')}
            </button>`
          : atLimit
            ? html`<span part="session-limit">${this.t('session.atLimit')}</span>`
            : nothing
      }
      <button
        part="end-session-button"
        class="button button--compact"
        type="button"
        ?disabled=${state.busy}
        @click=${() => this.endSession('ended')}
      >
        ${this.t('session.end')}
      </button>
      <p part="session-warning" class="visually-hidden" role="status" aria-live="polite">${said}</p>
    </div>`;
  }

  /** What happened when the session was ended here, ran out or was lost, and 重新開始. */
  protected renderSessionEnded(reason: SessionEnd): TemplateResult {
    const [title, body] = {
      ended: ['session.endedTitle', 'session.endedBody'],
      expired: ['session.expiredTitle', 'session.expiredBody'],
      'card-removed': ['session.cardRemovedTitle', 'session.cardRemovedBody'],
    }[reason] as ['session.endedTitle', 'session.endedBody'];
    return html`<gepi-message
      data-view
      part="session-ended"
      kind="info"
      heading-level=${this.headingLevel}
      heading=${this.t(title)}
      body=${this.t(body)}
    >
      <button
        slot="actions"
        part="restart-button"
        class="button button--primary"
        type="button"
        @click=${this.restart}
      >
        ${this.t('flow.restart')}
      </button>
    </gepi-message>`;
  }

  /** 機關憑證確認畫面 / 自然人憑證確認畫面 of any flow. */
  protected renderCardStep(
    state: FlowState<string, CardStepData>,
    kind: 'org' | 'citizen',
    variant: CardConfirmVariant,
    submit: (detail: GepiCardSubmitDetail) => void,
  ): unknown {
    const card = state.data.card;
    const fromCard =
      card && !card.pinLocked && card.pinTriesLeft !== undefined && card.pinTriesLeft < MAX_PIN_TRIES
        ? card.pinTriesLeft
        : undefined;
    // Keyed by step: the org and the citizen step must not share one form (typed values, focus).
    return keyed(
      state.step,
      html`<gepi-card-confirm
        data-view
        kind=${kind}
        variant=${variant}
        pin-entry=${card?.pinEntry ?? state.data.pinEntry}
        heading-level=${this.headingLevel}
        .card=${cardInReader(card)}
        .connection=${state.data.provider}
        .clock=${this.now}
        .triesLeft=${state.error?.triesLeft ?? fromCard}
        ?locked=${card?.pinLocked === true}
        .error=${this.explanation}
        ?busy=${state.busy}
        @gepi-card-submit=${(event: CustomEvent<GepiCardSubmitDetail>) => submit(event.detail)}
        @gepi-card-cancel=${this.cancelFlow}
        @gepi-card-reconnect=${this.reconnect}
        ?certificate-picker=${
          this.certificatePicker !== undefined &&
          fortifyTokens(this.tokens ?? this.tokensFromContext.value) !== undefined
        }
        @gepi-card-choose=${this.chooseCertificate}
      ></gepi-card-confirm>`,
    );
  }

  /**
   * The confirm step of first registration and of the swaps: both info panels (機關(組織)憑證資訊,
   * 授權管理者自然人憑證資訊) and the contact form, as the manual shows them on one screen.
   */
  protected renderConfirmStep(
    state: FlowState<string, { org?: OrgPanel; citizen?: CitizenPanel; contact: ContactForm }>,
    submit: (contact: GepiContactSubmitDetail) => void,
    clear: () => void,
  ): unknown {
    const data = state.data;
    return keyed(
      'confirm',
      html`<gepi-cert-info
          data-view
          heading-level=${this.headingLevel}
          .org=${data.org}
          .citizen=${data.citizen}
          .clock=${this.now}
        ></gepi-cert-info>
        <gepi-contact-form
          heading-level=${this.headingLevel}
          .value=${data.contact}
          .error=${this.explanation}
          ?busy=${state.busy}
          @gepi-contact-submit=${(event: GepiContactSubmitEvent) => submit(event.detail)}
          @gepi-contact-clear=${clear}
        ></gepi-contact-form>`,
    );
  }

  /**
   * What the manual's result figures show under the message: 收件時間 and the two certificate
   * panels the person confirmed; then the receipt's 收件編號 and 列印收件回執. Goes in the result
   * message's default slot. The 收件回執 (part `receipt`: 收件編號, 機關, 辦理項目, 辦理人 with the
   * masked ID, 收件時間) is laid out for paper only: printed, it replaces the panels.
   */
  protected renderResultDetails(data: ResultDetails): TemplateResult {
    const receipt = data.result?.receipt;
    const time = receipt?.receivedAtRoc;
    const number = receipt?.number;
    return html`${time ? html`<p part="received-at" class="received-at">${this.t('result.receivedAt', { time })}</p>` : nothing}
    ${
      number
        ? html`<p part="receipt-number" class="receipt-number">
              ${this.t('result.receiptNumber', { number })}
            </p>
            <div class="actions">
              <button
                part="print-receipt-button"
                class="button button--secondary"
                type="button"
                @click=${() => this.printReceipt(number)}
              >
                ${this.t('result.printReceipt')}
              </button>
            </div>
            ${this.renderReceipt(data, number)}`
        : nothing
    }
    ${
      data.org || data.citizen
        ? html`<gepi-cert-info
            part="result-panels"
            heading-level=${this.headingLevel + 1}
            .org=${data.org}
            .citizen=${data.citizen}
            .clock=${this.now}
          ></gepi-cert-info>`
        : nothing
    }`;
  }

  /** 收件回執, for paper: what was done for which agency, by whom (ID masked), when, under which number. */
  private renderReceipt(data: ResultDetails, number: string): TemplateResult {
    const receipt = data.result?.receipt;
    return this.renderReceiptSheet([
      [this.t('receipt.number'), number],
      [this.t('receipt.agency'), data.org ? `${data.org.agencyCode} ${data.org.agencyName}` : ''],
      [this.t('receipt.item'), receipt?.itemLabel?.[this.resolvedLocale] ?? ''],
      [this.t('receipt.by'), data.citizen ? this.person(data.citizen) : ''],
      [this.t('receipt.at'), receipt?.receivedAtRoc ?? ''],
    ]);
  }

  /** `王大明（A12****789）`: a person on a 收件回執, the ID as given (masked). */
  protected person(who: { name: string; nationalIdMasked: string }): string {
    return this.t('receipt.person', { name: who.name, id: who.nationalIdMasked });
  }

  /** The 收件回執 (part `receipt`) with these label / value rows: hidden on screen, printed alone. */
  protected renderReceiptSheet(rows: [string, string][]): TemplateResult {
    return html`<section part="receipt" class="receipt" aria-labelledby="receipt-title">
      ${renderHeading(this.headingLevel + 1, this.t('receipt.title'), { id: 'receipt-title', className: 'receipt__title' })}
      <dl class="receipt__fields">
        ${rows.map(
          ([label, value]) =>
            html`<div>
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
    </section>`;
  }

  /**
   * 列印收件回執: a cancelable `gepi-print-receipt` (`detail: { number }`), then, unless prevented,
   * the browser's print, which the print stylesheet turns into the 收件回執.
   */
  protected printReceipt(number: string): void {
    const event = this.emit('gepi-print-receipt', { number }, { cancelable: true });
    if (!event.defaultPrevented) window.print();
  }

  /** 退出 / 取消 on a card step: the flow ends, releasing the cards and the session. */
  protected cancelFlow(): void {
    void this.flow?.cancel();
  }

  /** 重新連線 after the site was refused in Fortify: ask the token provider to connect again. */
  protected reconnect(): void {
    const tokens = this.tokens ?? this.tokensFromContext.value;
    // The outcome shows in the flow's `provider` status (pairing, then ready or denied again).
    void tokens?.connect().catch(() => undefined);
  }

  /** 選擇其他憑證: Fortify's certificate picker; the card step then uses the reader chosen. */
  protected async chooseCertificate(): Promise<void> {
    const tokens = fortifyTokens(this.tokens ?? this.tokensFromContext.value);
    const open = this.certificatePicker;
    if (!tokens || !open) return;
    let picked: PickedCertificate | null;
    try {
      picked = await open({ tokens, locale: this.resolvedLocale === 'en' ? 'en' : 'zh-TW' });
    } catch (error) {
      // The dialog could not load or the selection is not on the card any more: the card step
      // stays as it was (its automatic choice); the host's console says why.
      console.error('gepi: the Fortify certificate picker failed', error);
      return;
    }
    if (!picked) return;
    await this.run('selectReader', (flow) =>
      (flow as unknown as { selectReader(readerId?: string): Promise<unknown> }).selectReader(
        picked.readerId,
      ),
    );
  }

  /** The steps that end a flow without its result: terms not accepted, or left with 退出 / 取消. */
  protected renderEnded(state: FlowState): TemplateResult | typeof nothing {
    const declined = state.step === 'declined';
    if (!declined && state.step !== 'cancelled' && state.step !== 'finished') return nothing;
    return html`<gepi-message
      data-view
      kind="info"
      heading-level=${this.headingLevel}
      heading=${this.t(declined ? 'flow.declinedTitle' : 'flow.cancelledTitle')}
      body=${this.t(declined ? 'flow.declinedBody' : 'flow.cancelledBody')}
    >
      <button
        slot="actions"
        part="restart-button"
        class="button button--primary"
        type="button"
        @click=${this.restart}
      >
        ${this.t(declined ? 'flow.readTermsAgain' : 'flow.restart')}
      </button>
    </gepi-message>`;
  }

  /** An error at a step whose view has no place for one (a list that failed to load a page). */
  protected renderErrorBanner(): TemplateResult | typeof nothing {
    const error = this.explanation;
    if (!error) return nothing;
    return html`<gepi-message
      part="error"
      kind="error"
      heading-level=${this.headingLevel}
      heading=${error.title}
      body=${error.detail}
    ></gepi-message>`;
  }
}
