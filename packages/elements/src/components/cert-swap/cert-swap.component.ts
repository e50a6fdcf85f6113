// <gepi-cert-swap>: 更換憑證 in its three variants, driven by the SDK's SwapFlow. The terms, the org
// card and the manager's card (the replacement one asked for where it is the one swapped), both
// panels with the contact on file, and the manual's result message.
import { html } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { createSwapFlow } from '@gepi/sdk';
import type { FlowState, SwapFlow, SwapState, SwapVariant } from '@gepi/sdk';
import type { MessagePreset } from '../message/message.component.js';
import { GepiFlowElement, withPin } from '../../internal/flow-element.js';
import type { FlowInputs } from '../../internal/flow-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { flowStyles } from '../../styles/flow.js';
import { certSwapStyles } from './cert-swap.styles.js';

export type CertSwapVariant = SwapVariant;

export interface GepiCertSwappedDetail {
  /** `org`, `manager` or `both`. */
  readonly variant: CertSwapVariant;
  /** 機關代號 of the agency whose cards were swapped. */
  readonly agencyCode: string;
}

export type GepiCertSwappedEvent = CustomEvent<GepiCertSwappedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-cert-swapped': GepiCertSwappedEvent;
  }
}

const VARIANTS: readonly CertSwapVariant[] = ['org', 'manager', 'both'];

const RESULTS: Readonly<Record<CertSwapVariant, MessagePreset>> = {
  org: 'swap-org',
  manager: 'swap-manager',
  both: 'swap-both',
};

/**
 * 更換憑證: 更換機關憑證 (`org`), 更換授權管理者自然人憑證 (`manager`), or both (`both`). 用戶約定條款 →
 * 機關憑證確認畫面 → 自然人憑證確認畫面 → the two certificate panels with the manager's contact (as on
 * file; empty for a new manager) → the result. Another variant starts a new flow.
 *
 * @tagname gepi-cert-swap
 * @summary 更換憑證 in three variants, on the SDK's swap flow.
 *
 * @fires gepi-step-change - A new step is shown. `detail: { flow, step, from }`.
 * @fires gepi-print-receipt - 列印收件回執 on the result. Cancelable: unless prevented, `window.print()` follows, printing the 收件回執 (part `receipt`). `detail: { number }`.
 * @fires gepi-error - The last action failed. `detail`: `explainError()`'s words in the element's locale plus `flow` and `step`.
 * @fires gepi-cert-swapped - The swap is done. `detail: { variant, agencyCode }`.
 *
 * @slot actions - Buttons for the result message after a successful swap.
 *
 * @csspart receipt-number - 收件編號 under 收件時間 on the result.
 * @csspart print-receipt-button - 列印收件回執.
 * @csspart receipt - The 收件回執, shown in print only.
 * @csspart base - The wrapper of the step's views.
 * @csspart restart-button - 重新開始 / 重新閱讀條款 after the flow was left or the terms declined.
 * @csspart session - 作業剩餘時間, 延長作業時間 and 結束作業, while the flow holds a card session.
 * @csspart session-time - The countdown (mm:ss) of the session's idle time, as the server last set it.
 * @csspart extend-session-button - 延長作業時間: the server starts the idle time again, up to the session's limit.
 * @csspart session-limit - 已達作業時間上限, in place of 延長作業時間 once the session is at its limit.
 * @csspart end-session-button - 結束作業: ends the session in the API.
 * @csspart session-warning - Polite announcement at 2 minutes and at 30 seconds left (and after 延長).
 * @csspart session-ended - 已結束作業 / 作業時間已到, when the session ended here, ran out or was lost.
 *
 * @cssproperty --gepi-flow-gap - Space between the views of a step. Default `--gepi-space-lg`.
 * @cssproperty --gepi-flow-max-width - Width of the element's content. Default `64rem`.
 */
export class GepiCertSwap extends GepiFlowElement<SwapState, SwapFlow> {
  static override styles = [sharedStyles, flowStyles, certSwapStyles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
  };

  /** Which card is replaced: `org` (default), `manager` or `both`. */
  declare variant: CertSwapVariant;

  constructor() {
    super();
    this.variant = 'org';
  }

  private get resolvedVariant(): CertSwapVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'org';
  }

  protected override get flowKey(): readonly unknown[] {
    return [this.resolvedVariant];
  }

  protected override createFlow(inputs: FlowInputs): SwapFlow | undefined {
    if (!inputs.tokens) return undefined;
    return createSwapFlow({
      variant: this.resolvedVariant,
      client: inputs.client,
      tokens: inputs.tokens,
      clock: inputs.clock,
      ...(inputs.readerId !== undefined ? { readerId: inputs.readerId } : {}),
    });
  }

  /** @internal */
  stepEntered(state: FlowState): void {
    const s = state as SwapState;
    if (s.step !== 'swapped') return;
    this.emit('gepi-cert-swapped', {
      variant: s.data.variant,
      agencyCode: s.data.agencyCode ?? s.data.org?.agencyCode ?? '',
    });
  }

  protected override renderStep(state: SwapState): unknown {
    const data = state.data;
    switch (state.step) {
      case 'terms':
        return html`<gepi-terms
          data-view
          heading-level=${this.headingLevel}
          .clock=${() => new Date(data.downloadedAt)}
          @gepi-terms-accepted=${() => this.run('acceptTerms', (flow) => flow.acceptTerms())}
          @gepi-terms-declined=${() => this.run('declineTerms', (flow) => flow.declineTerms())}
        ></gepi-terms>`;
      case 'org-card':
        return this.renderCardStep(state, 'org', data.swapsOrg ? 'swapped' : 'default', (detail) =>
          this.run('signInOrg', (flow) =>
            flow.signInOrg({ agencyCode: detail.agencyCode ?? '', ...withPin(detail.pin) }),
          ),
        );
      case 'citizen-card':
        return this.renderCardStep(state, 'citizen', data.swapsManager ? 'swapped' : 'default', (detail) =>
          this.run('signInCitizen', (flow) =>
            flow.signInCitizen({ nationalId: detail.nationalId ?? '', ...withPin(detail.pin) }),
          ),
        );
      case 'confirm':
        return this.renderConfirmStep(
          state,
          (contact) => this.run('submit', (flow) => flow.submit(contact)),
          () => this.run('clearContact', (flow) => flow.clearContact()),
        );
      case 'swapped':
        return html`<gepi-message
          data-view
          preset=${RESULTS[data.variant]}
          heading-level=${this.headingLevel}
        >
          ${this.renderResultDetails(data)}
          <slot name="actions" slot="actions"></slot>
        </gepi-message>`;
      default:
        return this.renderEnded(state);
    }
  }
}
