// 更換憑證, headless, in its three variants: 更換機關憑證 (`org`), 更換授權管理者自然人憑證
// (`manager`), and both (`both`). terms → org card (the new one when it is swapped) → manager card
// (the new one when it is swapped; a new person may take over) → both panels with the contact
// form prefilled from the registration (empty for a new manager) → the manual's result message.
import type { LocalizedText } from '../errors.js';
import { CARD_PROMPTS } from './card-step.js';
import type { CardFlowOptions, CardStepData, CitizenSignInInput, OrgSignInInput } from './card-step.js';
import { EMPTY_CONTACT, checkContact } from './forms.js';
import type { ContactForm } from './forms.js';
import type { FlowState } from './machine.js';
import { citizenPanel, orgPanel, termsData } from './shared.js';
import type { AgencyView, CitizenPanel, OrgPanel, SwapResultView, TermsData } from './shared.js';
import { TermsFlow } from './terms.js';

export type SwapVariant = 'org' | 'manager' | 'both';

export type SwapStep =
  'terms' | 'org-card' | 'citizen-card' | 'confirm' | 'swapped' | 'declined' | 'cancelled';

export interface SwapData extends TermsData, CardStepData {
  variant: SwapVariant;
  /** 更換機關憑證 / 更換授權管理者自然人憑證 / 更換機關憑證和更換授權管理者自然人憑證. */
  title: LocalizedText;
  swapsOrg: boolean;
  swapsManager: boolean;
  agencyCode?: string;
  agency?: AgencyView;
  org?: OrgPanel;
  citizen?: CitizenPanel;
  /** The contact form, prefilled with what is on file. */
  contact: ContactForm;
  /** Whether `contact` came from the registration (false: a new manager enters theirs). */
  contactPrefilled: boolean;
  result?: SwapResultView;
  /** The manual's result message. */
  message?: LocalizedText;
}

export type SwapState = FlowState<SwapStep, SwapData>;

const ACTIONS = {
  terms: ['acceptTerms', 'declineTerms', 'reloadTerms'],
  'org-card': ['signInOrg', 'selectReader', 'refreshCard'],
  'citizen-card': ['signInCitizen', 'selectReader', 'refreshCard', 'extendSession'],
  confirm: ['setContact', 'clearContact', 'submit', 'extendSession'],
  swapped: [],
  declined: [],
  cancelled: [],
} as const satisfies Record<SwapStep, readonly string[]>;

const PURPOSES = { org: 'swap-org', manager: 'swap-manager', both: 'swap-both' } as const;

const TITLES: Record<SwapVariant, LocalizedText> = {
  org: { 'zh-TW': '更換機關憑證', en: 'Replace the organization card' },
  manager: { 'zh-TW': '更換授權管理者自然人憑證', en: "Replace the manager's citizen card" },
  both: {
    'zh-TW': '更換機關憑證和更換授權管理者自然人憑證',
    en: "Replace the organization card and the manager's citizen card",
  },
};

export interface SwapOptions extends CardFlowOptions {
  variant: SwapVariant;
}

export class SwapFlow extends TermsFlow<SwapStep, SwapData> {
  readonly variant: SwapVariant;

  constructor(options: SwapOptions) {
    const variant = options.variant;
    if (!Object.hasOwn(PURPOSES, variant))
      throw new TypeError(`swap flow: unknown variant ${String(variant)}`);
    const swapsOrg = variant !== 'manager';
    const swapsManager = variant !== 'org';
    const clock = options.clock ?? (() => new Date());
    super(options, {
      flow: PURPOSES[variant],
      initial: 'terms',
      data: {
        ...termsData(clock()),
        pinEntry: options.tokens.pinEntry,
        variant,
        title: TITLES[variant],
        swapsOrg,
        swapsManager,
        contact: { ...EMPTY_CONTACT },
        contactPrefilled: false,
      },
      actions: ACTIONS,
      terminal: ['swapped', 'declined'],
      cardSteps: {
        'org-card': { kind: 'org', prompt: swapsOrg ? CARD_PROMPTS.orgRenewed : CARD_PROMPTS.org },
        'citizen-card': {
          kind: 'citizen',
          prompt: swapsManager ? CARD_PROMPTS.managerRenewed : CARD_PROMPTS.manager,
        },
      },
      firstCardStep: 'org-card',
      afterTerms: 'org-card',
      declined: 'declined',
    });
    this.variant = variant;
  }

  /** 確認 on 機關憑證確認畫面 (the new org card when it is the one swapped). */
  signInOrg(input: OrgSignInInput): Promise<SwapState> {
    return this.act('signInOrg', async (signal) => {
      const { session } = await this.cards.signInOrg(PURPOSES[this.variant], input, signal);
      this.goto('citizen-card', {
        agencyCode: session.agency?.code,
        agency: session.agency ?? undefined,
        org: orgPanel(session),
      });
    });
  }

  /**
   * 確認 on 自然人憑證確認畫面 (the new manager card when it is the one swapped). Prefills the
   * contact form with what is on file, unless a new person takes over.
   */
  signInCitizen(input: CitizenSignInInput): Promise<SwapState> {
    return this.act('signInCitizen', async (signal) => {
      const { session } = await this.cards.signInCitizen(input, signal, { manager: true });
      const onFile = session.contactOnFile;
      this.goto('confirm', {
        org: orgPanel(session),
        citizen: citizenPanel(session),
        contact: onFile ? { ...onFile } : { ...EMPTY_CONTACT },
        contactPrefilled: onFile !== null,
      });
    });
  }

  setContact(contact: Partial<ContactForm>): SwapState {
    return this.actSync('setContact', () => this.patch({ contact: { ...this.data.contact, ...contact } }));
  }

  /** 清除. */
  clearContact(): SwapState {
    return this.actSync('clearContact', () => {
      this.patch({ contact: { ...EMPTY_CONTACT } });
      this.setError(undefined);
    });
  }

  /** 確認: swaps, ends on `swapped` with the manual's message. */
  submit(contact?: Partial<ContactForm>): Promise<SwapState> {
    return this.act('submit', async (signal) => {
      const form = { ...this.data.contact, ...contact };
      this.patch({ contact: form });
      const checked = checkContact(form);
      if (!checked.ok) return this.fail(checked.errors);
      const client = this.cards.client;
      const options = this.cards.session(signal);
      const result =
        this.variant === 'org'
          ? await client.swapOrg(checked.value, options)
          : this.variant === 'manager'
            ? await client.swapManager(checked.value, options)
            : await client.swapBoth(checked.value, options);
      this.cards.dropSession();
      this.goto('swapped', { result, message: result.message });
    });
  }
}

/** A certificate-swap flow (更換憑證) of the given variant, starting at the terms. */
export function createSwapFlow(options: SwapOptions): SwapFlow {
  return new SwapFlow(options);
}
