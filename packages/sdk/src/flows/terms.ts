// The terms step that opens first registration and every swap (用戶約定條款: 同意條款內容 /
// 不同意條款內容). The download time comes from the flow's clock when the flow starts, as the page's
// would; the clauses are loaded from the API in the background, so accepting never waits for them.
import { CardFlow } from './card-step.js';
import type { CardFlowOptions, CardStepData, CardStepSpec } from './card-step.js';
import type { FlowState, MachineConfig } from './machine.js';
import type { TermsData } from './shared.js';

export class TermsFlow<Step extends string, Data extends CardStepData & TermsData> extends CardFlow<
  Step,
  Data
> {
  readonly #terms: Step;
  readonly #afterTerms: Step;
  readonly #declined: Step;

  constructor(
    options: CardFlowOptions,
    config: MachineConfig<Step, Data> & {
      cardSteps: Partial<Record<Step, CardStepSpec>>;
      firstCardStep: Step;
      afterTerms: Step;
      declined: Step;
    },
  ) {
    super(options, config);
    this.#terms = config.initial;
    this.#afterTerms = config.afterTerms;
    this.#declined = config.declined;
    void this.#loadTerms();
  }

  /** 同意條款內容. */
  acceptTerms(): FlowState<Step, Data> {
    return this.actSync('acceptTerms', () => this.goto(this.#afterTerms));
  }

  /** 不同意條款內容: ends the flow (outcome `declined`). */
  declineTerms(): FlowState<Step, Data> {
    return this.actSync('declineTerms', () => this.goto(this.#declined));
  }

  /** Loads the clauses again after a failed load. */
  reloadTerms(): Promise<FlowState<Step, Data>> {
    return this.act('reloadTerms', (signal) => this.#fetchTerms(signal));
  }

  async #loadTerms(): Promise<void> {
    try {
      await this.#fetchTerms(this.signal);
    } catch (error) {
      // Only worth showing while the terms are on screen; a view can render its own copy anyway.
      if (!this.signal.aborted && this.state.step === this.#terms) await this.fail(error);
    }
  }

  async #fetchTerms(signal: AbortSignal): Promise<void> {
    const terms = await this.cards.client.terms({ signal });
    this.patch({ terms } as Partial<Data>);
  }
}
