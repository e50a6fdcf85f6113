// 首次註冊, headless: terms → 機關憑證確認 → [比對不符 → 申請人確認 → 審核中] / [審核中] →
// 授權管理者自然人憑證確認 → 首次註冊資訊確認 (two panels + contact form) → result. Each step is a
// screen of the manual; each method is a button of that screen.
import { REVIEW_PENDING_TEXT, REVIEW_REQUIRED_TEXT } from '../api/flow-problems.js';
import { errorCode } from '../client/errors.js';
import type { LocalizedText } from '../errors.js';
import { ORG_THEN_MANAGER } from './card-step.js';
import type { CardFlowOptions, CardStepData, CitizenSignInInput, OrgSignInInput } from './card-step.js';
import { EMPTY_CONTACT, checkApplicant, checkContact } from './forms.js';
import type { ApplicantForm, ContactForm } from './forms.js';
import type { FlowState } from './machine.js';
import { citizenPanel, orgPanel, termsData } from './shared.js';
import type {
  AgencyView,
  CitizenPanel,
  OrgPanel,
  RegistrationResultView,
  ReviewSubmittedView,
  TermsData,
} from './shared.js';
import { TermsFlow } from './terms.js';

export type FirstRegistrationStep =
  | 'terms'
  | 'org-card'
  /** 機關憑證註冊申請人確認畫面 (the org card's OID does not match the agency on file). */
  | 'applicant'
  | 'citizen-card'
  /** 首次註冊畫面: both panels and the contact form. */
  | 'confirm'
  | 'registered'
  /** 申請資料審核中… (just applied, or an application was already pending). */
  | 'review-pending'
  | 'declined'
  | 'cancelled';

export interface FirstRegistrationData extends TermsData, CardStepData {
  agencyCode?: string;
  agency?: AgencyView;
  /** 機關(組織)憑證資訊, from the server. */
  org?: OrgPanel;
  /** 授權管理者自然人憑證資訊, from the server (ID masked). */
  citizen?: CitizenPanel;
  /** The manual's message for the step: review required, application pending, or the result. */
  message?: LocalizedText;
  /** The application just filed (after submitApplication). */
  review?: ReviewSubmittedView['review'];
  /** The contact form (姓名, 電子信箱, 連絡電話, 分機, 備註) as last set. */
  contact: ContactForm;
  result?: RegistrationResultView;
  /** Where the person goes on after registering: 授權指派. */
  next?: 'assignment';
}

export type FirstRegistrationState = FlowState<FirstRegistrationStep, FirstRegistrationData>;

const ACTIONS = {
  terms: ['acceptTerms', 'declineTerms', 'reloadTerms'],
  'org-card': ['signInOrg', 'selectReader', 'refreshCard'],
  applicant: ['submitApplication', 'cancelApplication', 'extendSession'],
  'citizen-card': ['signInCitizen', 'selectReader', 'refreshCard', 'extendSession'],
  confirm: ['setContact', 'clearContact', 'submit', 'extendSession'],
  registered: [],
  'review-pending': [],
  declined: [],
  cancelled: [],
} as const satisfies Record<FirstRegistrationStep, readonly string[]>;

export type FirstRegistrationOptions = CardFlowOptions;

export class FirstRegistrationFlow extends TermsFlow<FirstRegistrationStep, FirstRegistrationData> {
  constructor(options: FirstRegistrationOptions) {
    const clock = options.clock ?? (() => new Date());
    super(options, {
      flow: 'first-registration',
      initial: 'terms',
      data: { ...termsData(clock()), pinEntry: options.tokens.pinEntry, contact: { ...EMPTY_CONTACT } },
      actions: ACTIONS,
      terminal: ['registered', 'review-pending', 'declined'],
      ...ORG_THEN_MANAGER,
      afterTerms: 'org-card',
      declined: 'declined',
    });
  }

  /** 確認 on 機關憑證確認畫面: 機關代號(五碼) and, with page PIN entry, the PIN. */
  signInOrg(input: OrgSignInInput): Promise<FirstRegistrationState> {
    return this.act('signInOrg', async (signal) => {
      let outcome;
      try {
        outcome = await this.cards.signInOrg('first-registration', input, signal);
      } catch (error) {
        if (errorCode(error) !== 'REVIEW_PENDING') throw error;
        this.goto('review-pending', { message: REVIEW_PENDING_TEXT });
        return;
      }
      const { session } = outcome;
      const patch: Partial<FirstRegistrationData> = {
        agencyCode: session.agency?.code,
        agency: session.agency ?? undefined,
        org: orgPanel(session),
      };
      if (session.next === 'review-application') {
        this.goto('applicant', { ...patch, message: session.message ?? REVIEW_REQUIRED_TEXT });
      } else {
        this.goto('citizen-card', { ...patch, message: undefined });
      }
    });
  }

  /** 確認 on 機關憑證註冊申請人確認畫面: files the application for review. */
  submitApplication(form: ApplicantForm): Promise<FirstRegistrationState> {
    return this.act('submitApplication', async (signal) => {
      const checked = checkApplicant(form);
      if (!checked.ok) return this.fail(checked.errors);
      const submitted = await this.cards.client.submitReview(checked.value, this.cards.session(signal));
      await this.cards.endSession();
      this.goto('review-pending', { message: submitted.message, review: submitted.review });
    });
  }

  /** 取消 on the applicant screen: this card is not used; back to the org card step. */
  cancelApplication(): Promise<FirstRegistrationState> {
    return this.act('cancelApplication', async () => {
      await this.cards.endSession();
      this.goto('org-card', { org: undefined, agency: undefined, message: undefined });
    });
  }

  /** 確認 on 自然人憑證確認畫面: 授權管理者身分證統一編號 and, with page PIN entry, the PIN. */
  signInCitizen(input: CitizenSignInInput): Promise<FirstRegistrationState> {
    return this.act('signInCitizen', async (signal) => {
      const { session } = await this.cards.signInCitizen(input, signal, { manager: true });
      this.goto('confirm', { org: orgPanel(session), citizen: citizenPanel(session) });
    });
  }

  /** Keeps the flow's copy of the contact form (what clearContact() empties and submit() sends). */
  setContact(contact: Partial<ContactForm>): FirstRegistrationState {
    return this.actSync('setContact', () => this.patch({ contact: { ...this.data.contact, ...contact } }));
  }

  /** 清除. */
  clearContact(): FirstRegistrationState {
    return this.actSync('clearContact', () => {
      this.patch({ contact: { ...EMPTY_CONTACT } });
      this.setError(undefined);
    });
  }

  /** 確認 on 首次註冊畫面: checks the contact form, registers, ends on `registered`. */
  submit(contact?: Partial<ContactForm>): Promise<FirstRegistrationState> {
    return this.act('submit', async (signal) => {
      const form = { ...this.data.contact, ...contact };
      this.patch({ contact: form });
      const checked = checkContact(form);
      if (!checked.ok) return this.fail(checked.errors);
      const result = await this.cards.client.register(checked.value, this.cards.session(signal));
      // The server closes the session with the registration: the next function starts from the cards.
      this.cards.dropSession();
      this.goto('registered', { result, message: result.message, next: 'assignment' });
    });
  }
}

/** A first-registration flow (首次註冊), starting at the terms. */
export function createFirstRegistrationFlow(options: FirstRegistrationOptions): FirstRegistrationFlow {
  return new FirstRegistrationFlow(options);
}
