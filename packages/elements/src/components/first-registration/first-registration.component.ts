// <gepi-first-registration>: 首次註冊 from the terms to the result, driven by the SDK's
// FirstRegistrationFlow. Each step of the flow is one of the kit's views; this element picks the
// view for the step, hands it the flow's state and passes the person's answers back as actions.
import { html } from 'lit';
import { createFirstRegistrationFlow } from '@gepi/sdk';
import type { FirstRegistrationFlow, FirstRegistrationState, FlowState } from '@gepi/sdk';
import type { GepiApplicantSubmitEvent } from '../applicant-form/applicant-form.component.js';
import { GepiFlowElement, withPin } from '../../internal/flow-element.js';
import type { FlowInputs } from '../../internal/flow-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { flowStyles } from '../../styles/flow.js';
import { firstRegistrationStyles } from './first-registration.styles.js';

export interface GepiRegisteredDetail {
  /** 機關代號 of the agency just registered. */
  readonly agencyCode: string;
}

export type GepiRegisteredEvent = CustomEvent<GepiRegisteredDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-registered': GepiRegisteredEvent;
  }
}

/**
 * 首次註冊: 用戶約定條款 → 機關憑證確認畫面 → (機關憑證註冊申請人確認畫面 → 審核中) or 自然人憑證確認畫面 →
 * the two certificate panels with the contact form → the result. The flow is created when the
 * element has a client and a token provider, and cancelled when the element leaves the page.
 *
 * @tagname gepi-first-registration
 * @summary 首次註冊, from the terms to the result, on the SDK's first-registration flow.
 *
 * @fires gepi-step-change - A new step is shown. `detail: { flow, step, from }`.
 * @fires gepi-print-receipt - 列印收件回執 on the result. Cancelable: unless prevented, `window.print()` follows, printing the 收件回執 (part `receipt`). `detail: { number }`.
 * @fires gepi-error - The last action failed. `detail`: `explainError()`'s words in the element's locale (`code`, `title`, `detail`, …) plus `flow` and `step`.
 * @fires gepi-registered - The agency is registered. `detail: { agencyCode }`.
 *
 * @slot actions - Buttons for the result message after a successful registration (a portal offers 授權指派 here).
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
export class GepiFirstRegistration extends GepiFlowElement<FirstRegistrationState, FirstRegistrationFlow> {
  static override styles = [sharedStyles, flowStyles, firstRegistrationStyles];

  protected override createFlow(inputs: FlowInputs): FirstRegistrationFlow | undefined {
    if (!inputs.tokens) return undefined;
    return createFirstRegistrationFlow({
      client: inputs.client,
      tokens: inputs.tokens,
      clock: inputs.clock,
      ...(inputs.readerId !== undefined ? { readerId: inputs.readerId } : {}),
    });
  }

  /** @internal */
  stepEntered(state: FlowState): void {
    const s = state as FirstRegistrationState;
    if (s.step !== 'registered') return;
    this.emit('gepi-registered', { agencyCode: s.data.agencyCode ?? s.data.org?.agencyCode ?? '' });
  }

  protected override renderStep(state: FirstRegistrationState): unknown {
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
        return this.renderCardStep(state, 'org', 'default', (detail) =>
          this.run('signInOrg', (flow) =>
            flow.signInOrg({ agencyCode: detail.agencyCode ?? '', ...withPin(detail.pin) }),
          ),
        );
      case 'applicant':
        return html`<gepi-applicant-form
          data-view
          heading-level=${this.headingLevel}
          .error=${this.explanation}
          ?busy=${state.busy}
          @gepi-applicant-submit=${(event: GepiApplicantSubmitEvent) =>
            this.run('submitApplication', (flow) => flow.submitApplication(event.detail))}
          @gepi-applicant-cancel=${() => this.run('cancelApplication', (flow) => flow.cancelApplication())}
        ></gepi-applicant-form>`;
      case 'citizen-card':
        return this.renderCardStep(state, 'citizen', 'default', (detail) =>
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
      case 'registered':
        return html`<gepi-message data-view preset="first-registration" heading-level=${this.headingLevel}>
          ${this.renderResultDetails(data)}
          <slot name="actions" slot="actions"></slot>
        </gepi-message>`;
      case 'review-pending':
        return html`<gepi-message
          data-view
          preset="review-pending"
          heading-level=${this.headingLevel}
        ></gepi-message>`;
      default:
        return this.renderEnded(state);
    }
  }
}
