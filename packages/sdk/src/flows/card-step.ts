// The card sign-in step every flow uses (機關憑證確認畫面 / 自然人憑證確認畫面): pick the reader,
// describe the card in it before any PIN is asked (holder, CA, validity, expiry warning), check
// the typed fields locally, log in (PIN from the page, or the provider's own window / PIN pad),
// sign SHA-256(origin) || SHA-256(nonce) with the card's signing certificate, log the card out,
// and post the sign-in. The PIN is a parameter of one call here: it goes to `tokens.login` and
// nowhere else (not into state, events, errors, or any object that outlives the call). Reading the
// card and proving it (card-read.ts) is loaded with the first card read, not with the flows.
import type { SessionPurpose } from '../api/messages.js';
import type { OrgPurpose, SessionView } from '../api/schemas.js';
import type { CaKind } from '../certs/profile.js';
import type { CallOptions, GepiClient } from '../client/client.js';
import type { ContactsLike } from '../client/explain.js';
import { errorCode } from '../client/errors.js';
import { formatRocDate } from '../domain/roc-time.js';
import { validateAgencyCode } from '../domain/agency-code.js';
import { validateNationalId } from '../domain/national-id.js';
import type { LocalizedText } from '../errors.js';
import { TokenError } from '../tokens/errors.js';
import type { SignatureAlgorithm } from '../tokens/algorithms.js';
import type { CardAuthority } from '../tokens/errors.js';
import type { PinEntry, ProviderStatus, TokenProvider } from '../tokens/provider.js';
import { statusError } from '../tokens/status.js';
import { CardRefusedError } from './refusal.js';
import { FlowMachine } from './machine.js';
import type * as CardRead from './card-read.js';
import type { CardReading } from './card-read.js';
import type { RevocationList } from './revocation.js';
import type { FlowErrorState, FlowState, MachineConfig } from './machine.js';

export type CardKind = 'org' | 'citizen';

/** A certificate expiring within this many days is flagged before the PIN is asked. */
export const EXPIRY_WARNING_DAYS = 60;

/** How every flow signs: what Taiwanese cards (HiCOS) and all providers can do. */
export const SIGN_IN_ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
} as const satisfies SignatureAlgorithm;

/** The signing certificate of the card in a reader, as the card step shows it. */
export interface CardCertificateView {
  kind: CardKind;
  /** The holder: a person's name (citizen) or the organization's name (O=). */
  holder: string;
  ca: CaKind;
  caName: LocalizedText;
  serial: string;
  subjectDn: string;
  notBefore: string;
  notAfter: string;
  /** 憑證效期 in the ROC calendar, e.g. `112/01/01 ~ 116/12/31`. */
  validityRoc: string;
  /** Whole days until `notAfter` by the flow's clock (negative once expired). */
  daysLeft: number;
  /** 機關(組織)OID (org cards). */
  orgId?: string;
}

export type CardWarning =
  /** No certificate on the card could be read as a Taiwanese card certificate. */
  | 'unreadable'
  /** A citizen card where the org card is expected, or the reverse. */
  | 'wrong-kind'
  | 'expired'
  | 'not-yet-valid'
  /** Expires within {@link EXPIRY_WARNING_DAYS} days. */
  | 'expiring-soon'
  /** The CRL the API publishes (GET /api/v1/crls) lists this certificate: the card cannot sign in. */
  | 'revoked'
  | 'pin-locked'
  /** One more wrong PIN locks the card. */
  | 'last-pin-try';

/** What is in the reader the step will use, shown before the PIN is asked. */
export interface CardView {
  readerId: string;
  readerName: string;
  /** `page`: show a PIN field. `native`/`pinpad`: tell the person to enter the PIN in the card component's window / on the reader. */
  pinEntry: PinEntry;
  cardId: string;
  label: string;
  cardNumber?: string;
  ca?: CardAuthority;
  pinTriesLeft?: number;
  pinLocked: boolean;
  certificate?: CardCertificateView;
  warnings: CardWarning[];
}

/** Words for each warning (the CA to contact comes from `view.ca`). */
export function cardWarningText(warning: CardWarning, view: CardView): LocalizedText {
  const cert = view.certificate;
  switch (warning) {
    case 'unreadable':
      return { 'zh-TW': '無法讀取IC卡中的憑證', en: 'The certificate on this card cannot be read.' };
    case 'wrong-kind':
      return cert?.kind === 'citizen'
        ? {
            'zh-TW': '此卡為自然人憑證，請放入機關憑證IC卡',
            en: 'This is a citizen card; insert the organization card.',
          }
        : {
            'zh-TW': '此卡為機關憑證，請放入自然人憑證IC卡',
            en: 'This is an organization card; insert the citizen card.',
          };
    case 'expired':
      return { 'zh-TW': '此憑證已逾效期', en: 'This certificate has expired.' };
    case 'not-yet-valid':
      return { 'zh-TW': '此憑證尚未生效', en: 'This certificate is not valid yet.' };
    case 'expiring-soon': {
      const days = cert?.daysLeft ?? 0;
      const date = cert ? formatRocDate(new Date(cert.notAfter)) : '';
      return {
        'zh-TW': `此憑證將於${days}日後（${date}）到期，請儘速辦理展期或換卡`,
        en: `This certificate expires in ${days} ${days === 1 ? 'day' : 'days'} (${date}); renew it soon.`,
      };
    }
    case 'revoked':
      return { 'zh-TW': '此憑證已廢止', en: 'This certificate has been revoked.' };
    case 'pin-locked':
      return {
        'zh-TW': 'IC卡已鎖卡，請至所屬憑證管理中心進行鎖卡解碼',
        en: 'The card is locked; the certification authority that issued it can unlock it.',
      };
    case 'last-pin-try':
      return {
        'zh-TW': 'PIN碼僅剩1次嘗試機會，再錯一次將鎖卡',
        en: 'One try left: another wrong PIN locks the card.',
      };
  }
}

// Reading cards (the small certificate reader, the card's description, the refusals before the PIN,
// signing in): loaded with the first card read, not with the flows.
let readingModule: Promise<typeof CardRead> | undefined;
function cardReading(): Promise<typeof CardRead> {
  if (readingModule === undefined) {
    const loading = import('./card-read.js');
    readingModule = loading;
    // A chunk lost to a flaky network is fetched again by the next read.
    loading.catch(() => {
      if (readingModule === loading) readingModule = undefined;
    });
  }
  return readingModule;
}

export interface CardStepOptions {
  client: GepiClient;
  tokens: TokenProvider;
  clock: () => Date;
  /** The origin the challenge is bound to and the card signs (the page's own in a browser). */
  origin: string;
  /** Use this reader; default: the first reader holding a card of the kind the step needs. */
  readerId?: string;
}

export interface OrgSignInInput {
  /** 機關代號(五碼). */
  agencyCode: string;
  /** 機關憑證IC卡密碼(PIN碼): only when `pinEntry` is `page`. */
  pin?: string;
}

export interface CitizenSignInInput {
  /** 身分證統一編號 (授權管理者身分證統一編號 on the manager step). */
  nationalId: string;
  /** 自然人憑證IC卡密碼(為PIN碼): only when `pinEntry` is `page`. */
  pin?: string;
}

/** A citizen card read without PIN (讀取憑證): what fills 憑證序號(SN) and 姓名. */
export interface ReadCitizenCard {
  serial: string;
  name: string;
  card: CardView;
  /** The signing certificate, base64 DER: the handler form sends it so the API learns the card's expiry. */
  certificate?: string;
}

/** The two times of a card session a flow's data carries. */
export type SessionTimes = Required<Pick<CardStepData, 'sessionExpiresAt' | 'sessionMaxExpiresAt'>>;

const MANAGER_ID_LABEL: LocalizedText = { 'zh-TW': '授權管理者身分證統一編號', en: "Manager's national ID" };

/**
 * Card operations and the card session of one flow. Holds the session token privately: it is a
 * credential, so it never appears in state either.
 */
export class CardSteps {
  readonly client: GepiClient;
  readonly tokens: TokenProvider;
  readonly clock: () => Date;
  readonly origin: string;
  /** Set by selectReader(); undefined picks automatically. */
  readerId: string | undefined;
  #token: string | undefined;
  /** What the session is for, as the org step opened it: the citizen step's challenge names it too. */
  #binding: { purpose: SessionPurpose; agencyCode?: string } | undefined;
  readonly #loggedIn = new Set<string>();
  /** Told each expiry the server gives the session, and undefined when the session goes. */
  onSessionTimes: ((times: SessionTimes | undefined) => void) | undefined;
  #revocations: Promise<RevocationList | undefined> | undefined;
  #managerOnFile: string | undefined;

  constructor(options: CardStepOptions) {
    this.client = options.client;
    this.tokens = options.tokens;
    this.clock = options.clock;
    this.origin = options.origin;
    this.readerId = options.readerId;
  }

  /** 授權管理者姓名 on file, as the last org sign-in answered (undefined before, or when none is registered). */
  get managerOnFile(): string | undefined {
    return this.#managerOnFile;
  }

  get hasSession(): boolean {
    return this.#token !== undefined;
  }

  /** Call options carrying the session token and the flow's abort signal. */
  session(signal?: AbortSignal): CallOptions {
    const options: CallOptions = {};
    if (signal) options.signal = signal;
    if (this.#token !== undefined) options.headers = { authorization: `Bearer ${this.#token}` };
    return options;
  }

  /** Forgets the session without telling the server (it ended it itself: registered, swapped). */
  dropSession(): void {
    this.#token = undefined;
    this.#times(undefined);
  }

  /** Reads the session's expiry again (each call with the session may have moved it). */
  async readSession(signal: AbortSignal): Promise<SessionView> {
    const view = await this.client.getSession(this.session(signal));
    this.#times(view);
    return view;
  }

  /** 延長: the session's idle time starts again, up to its maximum lifetime. */
  async extendSession(signal: AbortSignal): Promise<SessionView> {
    const view = await this.client.extendSession(this.session(signal));
    this.#times(view);
    return view;
  }

  /** Ends the server session (退出), if there is one. Never throws. */
  async endSession(): Promise<void> {
    if (this.#token === undefined) return;
    const options = { ...this.session(), timeout: 5_000, retry: 0 as const };
    this.#token = undefined;
    this.#times(undefined);
    try {
      await this.client.endSession(options);
    } catch {
      // Expired or already gone: either way it no longer opens anything.
    }
  }

  /** Logs out every card this flow logged in and did not log out yet (cancel mid-login). */
  async logoutAll(): Promise<void> {
    await Promise.all(
      [...this.#loggedIn].map(async (readerId) => {
        try {
          await this.tokens.logout(readerId);
          this.#loggedIn.delete(readerId);
        } catch {
          // A login still pending (a PIN window open) refuses; removal logs the card out anyway.
        }
      }),
    );
  }

  /** The card the step would use, described; undefined when no reader holds a card. */
  async describe(kind: CardKind): Promise<CardView | undefined> {
    const read = await this.#readCards();
    const host = this.#reading();
    const candidate = await read.pick(host, kind, false);
    return candidate ? read.cardView(host, candidate, kind, this.clock()) : undefined;
  }

  /** 機關憑證確認: validates the agency code, signs in with the org card, opens a session. */
  async signInOrg(
    purpose: OrgPurpose,
    input: OrgSignInInput,
    signal: AbortSignal,
  ): Promise<{ session: SessionView; card: CardView }> {
    const agencyCode = validateAgencyCode(input.agencyCode);
    if (!agencyCode.ok) throw agencyCode.error;
    const binding = { purpose, agencyCode: agencyCode.value };
    const read = await this.#readCards();
    const { proof, card } = await read.prove(this.#reading(), 'org', input.pin, signal, binding);
    const session = await this.client.orgSignIn(
      { ...proof, purpose, agencyCode: agencyCode.value },
      { signal },
    );
    if (session.token === undefined) throw new TypeError('the org sign-in answered without a session token');
    await this.#adopt(session.token, signal);
    this.#binding = binding;
    this.#times(session);
    this.#managerOnFile = session.managerName ?? undefined;
    return { session: withoutToken(session), card };
  }

  /**
   * 自然人憑證確認: validates the national ID, signs in with the citizen card; completes this flow's
   * session, or opens a `query-citizen-serial` one.
   */
  async signInCitizen(
    input: CitizenSignInInput,
    signal: AbortSignal,
    options: { purpose?: 'query-citizen-serial'; manager?: boolean } = {},
  ): Promise<{ session: SessionView; card: CardView }> {
    const nationalId = validateNationalId(input.nationalId, {
      now: this.clock(),
      ...(options.manager ? { label: MANAGER_ID_LABEL } : {}),
    });
    if (!nationalId.ok) throw nationalId.error;
    // The challenge names the session's function; without a session (or for the serial query) the
    // citizen-serial query, which the server then refuses if a session was needed.
    const binding =
      options.purpose === undefined && this.#token !== undefined && this.#binding
        ? this.#binding
        : { purpose: 'query-citizen-serial' as const };
    const read = await this.#readCards();
    const { proof, card } = await read.prove(this.#reading(), 'citizen', input.pin, signal, binding, {
      nationalId: nationalId.value.value,
      ...(options.manager ? { label: MANAGER_ID_LABEL } : {}),
    });
    const body = { ...proof, nationalId: nationalId.value.value };
    const session = await this.client.citizenSignIn(
      options.purpose ? { ...body, purpose: options.purpose } : body,
      this.session(signal),
    );
    if (session.token !== undefined) await this.#adopt(session.token, signal);
    signal.throwIfAborted();
    this.#times(session);
    return { session: withoutToken(session), card };
  }

  /**
   * 讀取憑證: the SN and name of the citizen card in a reader, without PIN (certificates are
   * readable without login). Never the card whose serial is `notSerial` (the manager's own, often
   * still in the reader right after sign-in): with only that card in, CERT_IS_MANAGER asks for the
   * handler's card instead of filling in the manager's SN and name.
   */
  async readCitizenCard(notSerial?: string): Promise<ReadCitizenCard> {
    return (await this.#readCards()).readCitizenCard(this.#reading(), notSerial);
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────

  #times(view: SessionView | undefined): void {
    this.onSessionTimes?.(
      view ? { sessionExpiresAt: view.expiresAt, sessionMaxExpiresAt: view.maxExpiresAt } : undefined,
    );
  }

  /** Takes over a new session, ending the one before; one that arrives after cancel() is ended at once. */
  async #adopt(token: string, signal: AbortSignal): Promise<void> {
    await this.endSession();
    this.#token = token;
    if (signal.aborted) {
      await this.endSession();
      signal.throwIfAborted();
    }
  }

  /**
   * The revocation list from the CRLs the API publishes, read once per flow. Undefined when they
   * cannot be read (the API still checks revocation at sign-in); a failure is tried again next time.
   */
  #revocationList(): Promise<RevocationList | undefined> {
    this.#revocations ??= (async () => {
      const [{ revocationList }, published] = await Promise.all([
        cardReading(),
        this.client.crls({ timeout: 5_000 }),
      ]);
      return revocationList(published.crls);
    })().catch(() => {
      this.#revocations = undefined;
      return undefined;
    });
    return this.#revocations;
  }

  /**
   * Card reading, once the provider is ready: not connected (Fortify not running, waiting for
   * approval…) is not "no card", so that is said before any reader is listed.
   */
  async #readCards(): Promise<typeof CardRead> {
    const read = await cardReading();
    const notReady = statusError(this.tokens.status);
    if (notReady) throw notReady;
    return read;
  }

  /** What the card-reading module (card-read.ts, loaded with the first card read) needs of this object. */
  #reading(): CardReading {
    return {
      client: this.client,
      tokens: this.tokens,
      clock: this.clock,
      origin: this.origin,
      readerId: this.readerId,
      loggedIn: this.#loggedIn,
      revocationList: () => this.#revocationList(),
      refused: (code, facts, details) => new CardRefusedError(code, facts, details),
      tokenError: (code, details) => new TokenError(code, { details }),
      rocDate: formatRocDate,
      expiryWarningDays: EXPIRY_WARNING_DAYS,
      signInAlgorithm: SIGN_IN_ALGORITHM,
    };
  }
}

function withoutToken(session: SessionView): SessionView {
  const { token: _token, ...rest } = session;
  return rest;
}

/** What every card-using flow's data has. */
export interface CardStepData {
  /**
   * The card in the reader the current card step would use: `null` when no reader holds a card of
   * this step's kind (ask for one), `undefined` while the readers have not been read yet — and
   * whenever {@link provider} is not `ready`: a view asks for a card only when this is `null`.
   */
  card?: CardView | null;
  /** The current card step's instruction, e.g. 請將更換後機關憑證IC卡放入讀卡機,並輸入畫面欄位: */
  prompt?: LocalizedText;
  /**
   * Whose citizen card the current step asks for, when known: the 授權管理者 on file (the name the
   * org sign-in answered with) on a step that takes the registered manager's card. Unset on the org
   * step, for a new manager's card (a swap), and before an agency is registered.
   */
  expectedHolder?: string;
  /** The provider's default PIN entry; `card.pinEntry` is the reader's own. */
  pinEntry: PinEntry;
  /**
   * The token provider's connection status ({@link TokenProvider.status}), kept current by
   * {@link CardFlow} from construction on (optional only so that flows need not set it themselves).
   * Show it instead of the card while it is not `ready` (Fortify not running, the pairing code…).
   */
  provider?: ProviderStatus;
  /**
   * While the flow holds a card session: when the server ends it if nothing more is done (ISO
   * 8601), as the server last said it (after each sign-in, 延長, and the calls that read it again).
   * Undefined once the session is ended or given up.
   */
  sessionExpiresAt?: string;
  /** …and the latest it can last, however it is used or extended (延長 stops there). */
  sessionMaxExpiresAt?: string;
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-TW': zh, en });

/** The card steps' instructions, in the manual's words. */
export const CARD_PROMPTS = {
  org: t(
    '請將機關憑證IC卡放入讀卡機，並輸入畫面欄位：',
    'Insert the organization card into the reader and fill in:',
  ),
  orgRenewed: t(
    '請將更換後機關憑證IC卡放入讀卡機，並輸入畫面欄位：',
    'Insert the new organization card into the reader and fill in:',
  ),
  manager: t(
    '請放入授權管理者之自然人憑證IC卡，並輸入畫面欄位：',
    "Insert the authorization manager's citizen card and fill in:",
  ),
  managerRenewed: t(
    '請放入更換後授權管理者之自然人憑證IC卡，並輸入畫面欄位：',
    "Insert the authorization manager's new citizen card and fill in:",
  ),
  citizen: t('請放入自然人憑證IC卡，並輸入畫面欄位：', 'Insert the citizen card and fill in:'),
} as const satisfies Record<string, LocalizedText>;

/** A card step of a flow: which kind of card it takes and what it tells the person. */
export interface CardStepSpec {
  kind: CardKind;
  prompt: LocalizedText;
}

/**
 * The two card steps of every function the manager signs into (首次註冊, 授權指派, 已授權經辦人員名單):
 * the agency's organization card, then the manager's citizen card.
 */
export const ORG_THEN_MANAGER = {
  cardSteps: {
    'org-card': { kind: 'org', prompt: CARD_PROMPTS.org },
    'citizen-card': { kind: 'citizen', prompt: CARD_PROMPTS.manager },
  },
  firstCardStep: 'org-card',
} as const satisfies { cardSteps: Record<string, CardStepSpec>; firstCardStep: string };

export interface CardFlowOptions {
  client: GepiClient;
  tokens: TokenProvider;
  /** Time for expiry warnings and the terms' download time. Default `() => new Date()`. */
  clock?: () => Date;
  /** Use this reader for every card step; default: the first reader with a card of the right kind. */
  readerId?: string;
  /** The origin the card signs for; default the page's (`location.origin`). Required outside a browser. */
  origin?: string;
  /** `client.contacts()`, if already loaded: CA phone numbers for card errors. Loaded lazily otherwise. */
  contacts?: ContactsLike;
}

export function resolveOrigin(origin: string | undefined): string {
  const resolved = origin ?? (globalThis as { location?: { origin?: string } }).location?.origin;
  if (typeof resolved !== 'string' || !/^https?:\/\/[^/?#\s]+$/.test(resolved)) {
    throw new TypeError('flows: `origin` (scheme://host[:port]) is required outside a browser page');
  }
  return resolved;
}

const SESSION_LOST = new Set(['SESSION_EXPIRED', 'SESSION_INVALID', 'SESSION_REQUIRED']);

/**
 * Whether an error about which card was in the reader no longer holds for the card there now: no
 * card (TOKEN_NOT_PRESENT) once one is in, the wrong kind (CERT_WRONG_KIND) once it is taken out or
 * a card of the step's kind is in. Other errors (a wrong PIN, a server refusal) stay until the next action.
 */
function cardErrorResolved(code: string, card: CardView | null): boolean {
  // The view is only refreshed while the provider is ready, so a connection error no longer holds.
  if (code === 'PROVIDER_UNAVAILABLE' || code === 'APPROVAL_REFUSED' || code === 'TOKEN_TIMEOUT') return true;
  if (code === 'TOKEN_NOT_PRESENT') return card !== null;
  if (code === 'CERT_WRONG_KIND') return card === null || !card.warnings.includes('wrong-kind');
  return false;
}

/**
 * A flow with card steps. Keeps the card view of the current card step fresh as cards come and
 * go (a card of the wrong kind is flagged `wrong-kind` as soon as it is read, before any action,
 * and an error about the card that was there is dropped once it no longer holds), releases cards
 * and the session on cancel, and sends a lost session back to the first card step (the server
 * forgot both cards, so both are asked again).
 */
export class CardFlow<Step extends string, Data extends CardStepData> extends FlowMachine<Step, Data> {
  protected readonly cards: CardSteps;
  readonly #cardSteps: Partial<Record<Step, CardStepSpec>>;
  readonly #firstCardStep: Step;
  #describing = 0;

  constructor(
    options: CardFlowOptions,
    config: MachineConfig<Step, Data> & {
      cardSteps: Partial<Record<Step, CardStepSpec>>;
      firstCardStep: Step;
    },
  ) {
    const client = options.client;
    const first = config.cardSteps[config.initial];
    const data = { ...config.data, provider: options.tokens.status };
    super({
      ...config,
      data: first ? { ...data, prompt: first.prompt } : data,
      loadContacts: () => client.contacts({ timeout: 5_000 }),
    });
    this.cards = new CardSteps({
      client,
      tokens: options.tokens,
      clock: options.clock ?? (() => new Date()),
      origin: resolveOrigin(options.origin),
      ...(options.readerId !== undefined ? { readerId: options.readerId } : {}),
    });
    this.cards.onSessionTimes = (times) => {
      // A session ended by cancel() leaves the cancelled flow's data alone.
      if (this.disposed || this.signal.aborted) return;
      this.patch((times ?? { sessionExpiresAt: undefined, sessionMaxExpiresAt: undefined }) as Partial<Data>);
    };
    this.#cardSteps = config.cardSteps;
    this.#firstCardStep = config.firstCardStep;
    const refresh = () => void this.refreshCardView();
    const offs = [
      options.tokens.on('card-inserted', refresh),
      options.tokens.on('card-removed', refresh),
      options.tokens.on('readers-changed', refresh),
      options.tokens.on('status-changed', ({ status }) => {
        if (this.disposed || this.signal.aborted) return;
        // Leaving `ready`: forget the card that was read (it is not "no card" either).
        const patch = status.state === 'ready' ? { provider: status } : { provider: status, card: undefined };
        this.patch(patch as Partial<Data>);
        refresh();
      }),
    ];
    this.onDispose(() => offs.forEach((off) => off()));
    if (config.cardSteps[config.initial]) refresh();
  }

  /** Uses this reader from now on (undefined: automatic). */
  selectReader(readerId?: string): Promise<FlowState<Step, Data>> {
    return this.act('selectReader', async () => {
      this.cards.readerId = readerId;
      await this.refreshCardView();
    });
  }

  /**
   * 延長: asks the server to start the session's idle time again (`sessionExpiresAt` moves, never
   * past `sessionMaxExpiresAt`; there SESSION_EXTENSION_LIMIT). Allowed at the steps that hold a session.
   */
  extendSession(): Promise<FlowState<Step, Data>> {
    return this.act('extendSession', async (signal) => {
      await this.cards.extendSession(signal);
    });
  }

  /** Reads the reader again (a view's 重新讀取 button; card events do this by themselves). */
  refreshCard(): Promise<FlowState<Step, Data>> {
    return this.act('refreshCard', () => this.refreshCardView());
  }

  protected override async cleanup(): Promise<void> {
    await Promise.all([this.cards.logoutAll(), this.cards.endSession()]);
  }

  protected override async recover(error: unknown, action: string): Promise<void> {
    if (SESSION_LOST.has(errorCode(error)) && this.cards.hasSession) {
      this.cards.dropSession();
      this.goto(this.#firstCardStep);
      await this.fail(error);
      return;
    }
    await super.recover(error, action);
    // A wrong PIN changed the tries left; a pulled card is gone: show what is there now.
    if (this.#cardSteps[this.state.step]) await this.refreshCardView();
  }

  /** Moves to a step; entering a card step describes the card waiting there. */
  protected override goto(step: Step, patch: Partial<Data> = {}, error?: FlowErrorState): void {
    const spec = this.#cardSteps[step];
    const entering = spec !== undefined && step !== this.state.step;
    const holder = spec?.prompt === CARD_PROMPTS.manager ? this.cards.managerOnFile : undefined;
    super.goto(
      step,
      entering ? { card: undefined, prompt: spec.prompt, expectedHolder: holder, ...patch } : patch,
      error,
    );
    if (entering) void this.refreshCardView();
  }

  protected async refreshCardView(): Promise<void> {
    const kind = this.#cardSteps[this.state.step]?.kind;
    if (!kind || this.signal.aborted || this.disposed) return;
    const ticket = ++this.#describing;
    // Until the provider is ready there is nothing to read: the card stays unknown (undefined).
    if (this.cards.tokens.status.state !== 'ready') return;
    let card: CardView | null;
    try {
      card = (await this.cards.describe(kind)) ?? null;
    } catch {
      card = null;
    }
    // Only the latest read counts, and only while still on a step of the same kind.
    if (ticket !== this.#describing || this.signal.aborted || this.#cardSteps[this.state.step]?.kind !== kind)
      return;
    const error = this.state.error;
    if (error && cardErrorResolved(error.code, card)) {
      // Same step: one new state with the card and without the stale error.
      this.goto(this.state.step, { card } as Partial<Data>);
      return;
    }
    this.patch({ card } as Partial<Data>);
  }
}
