// The contract between the SDK's flows and whatever reaches the cards: the virtual card reader
// (demos, tests), PKCS#11 in Node (node-webcrypto-p11 over SoftHSM2 or HiCOS) and Fortify in
// browsers (@webcrypto-local/client). Flows and elements depend on this file only.
import type { SignatureAlgorithm } from './algorithms.js';
import type { CardAuthority } from './errors.js';
import type { Unsubscribe } from './events.js';

/**
 * Who collects the PIN.
 * - `page`: the page shows a PIN field and passes the PIN to {@link TokenProvider.login}.
 * - `native`: the provider asks in its own window (Fortify's PIN dialog); `login(readerId)` takes no
 *   PIN and a PIN from the page is refused with PAGE_PIN_NOT_ALLOWED.
 * - `pinpad`: the reader has a keypad (PKCS#11 CKF_PROTECTED_AUTHENTICATION_PATH); as `native`,
 *   but the UI should tell the person to type on the reader.
 */
export type PinEntry = 'page' | 'native' | 'pinpad';

export type TokenProviderKind = 'virtual' | 'pkcs11' | 'fortify';

export type CertificateUsage = 'signing' | 'encryption';

/** What can be read from a card without logging in. Fields a provider cannot read are absent. */
export interface CardInfo {
  /**
   * Stable for this physical card (token serial under PKCS#11/Fortify, the card's own id when
   * virtual). Compare it before signing to notice that the person swapped cards.
   */
  id: string;
  /** Token label, e.g. `HiCOS PKI Smart Card` or `王小明的自然人憑證`. */
  label: string;
  /** 卡號: 2 uppercase letters + 14 digits (`/^[A-Z]{2}\d{14}$/`), when the provider can read it. */
  cardNumber?: string;
  /** The issuing authority, when known: it is the one that unlocks a locked card. */
  ca?: CardAuthority;
  /** PIN tries left before the card locks, when the provider can tell (SoftHSM cannot). */
  pinTriesLeft?: number;
  /** True when the PIN is locked (鎖卡); login is refused with PIN_LOCKED until the CA unlocks it. */
  pinLocked?: boolean;
}

/** A reader (PKCS#11 slot, Fortify provider) and what is in it. */
export interface ReaderInfo {
  /** Opaque and stable while the reader stays connected; pass it back to every card call. */
  id: string;
  /** Human-readable, e.g. `讀卡機 1` or `Generic EMV Smartcard Reader 0`. */
  name: string;
  cardPresent: boolean;
  /** Present exactly when `cardPresent` is true. */
  card?: CardInfo;
  /** How this reader takes the PIN; a PIN-pad reader may differ from the provider's default. */
  pinEntry: PinEntry;
}

/** A certificate on the card. Readable without login, as on real cards. */
export interface CardCertificate {
  /**
   * Opaque id, unique on its card, for {@link TokenProvider.sign}. Providers derive it from the
   * certificate itself where they can (the virtual provider: SHA-256 of the DER), so an id taken
   * from one card does not silently select another card's key.
   */
  id: string;
  /** DER encoding; a copy, so callers may keep or change it freely. */
  der: Uint8Array;
  /**
   * `signing` (keyUsage digitalSignature: sign-in and registration use this one) or `encryption`
   * (keyEncipherment/dataEncipherment).
   */
  usage: CertificateUsage;
  label?: string;
}

export interface CardInsertedEvent {
  type: 'card-inserted';
  readerId: string;
  card: CardInfo;
}

export interface CardRemovedEvent {
  type: 'card-removed';
  readerId: string;
  cardId: string;
}

export interface ReadersChangedEvent {
  type: 'readers-changed';
  /** The readers after the change (a reader plugged in or out). */
  readers: ReaderInfo[];
}

/**
 * Where a provider stands with its card component, before any card. The virtual and PKCS#11
 * providers are `ready` from construction to {@link TokenProvider.close}; Fortify goes through the
 * others:
 *
 * | state | meaning | what the UI shows |
 * |---|---|---|
 * | `connecting` | looking for the card component / opening the connection | 連線中 |
 * | `not-running` | nothing answers at the address (not installed or not started); retried automatically, `retryInMs` until the next try | what it is, where to get it; it connects by itself once started |
 * | `pairing` | connected, waiting for the person to approve this site in the card component; `code` is the 6-digit code shown in both windows | the code, to compare |
 * | `ready` | card calls work | readers and cards |
 * | `denied` | the person refused this site in the card component | how to try again ({@link TokenProvider.connect}) |
 * | `disconnected` | the connection was lost after it had been ready; retried automatically | connection lost |
 * | `closed` | after {@link TokenProvider.close} (no event announces it) | |
 */
export type ProviderStatus =
  | { state: 'connecting' }
  | { state: 'not-running'; retryInMs?: number }
  | { state: 'pairing'; code: string }
  | { state: 'ready' }
  | { state: 'denied' }
  | { state: 'disconnected'; retryInMs?: number }
  | { state: 'closed' };

export type ProviderState = ProviderStatus['state'];

export interface StatusChangedEvent {
  type: 'status-changed';
  status: ProviderStatus;
  previous: ProviderStatus;
}

export interface TokenProviderEventMap {
  'card-inserted': CardInsertedEvent;
  'card-removed': CardRemovedEvent;
  'readers-changed': ReadersChangedEvent;
  'status-changed': StatusChangedEvent;
}

export type TokenProviderEvent = TokenProviderEventMap[keyof TokenProviderEventMap];

/**
 * Access to smart cards in readers: list readers and cards, read certificates, log in, sign.
 *
 * ## Common rules for implementations
 * - **Errors.** Every failure is a `TokenError` with a `TokenErrorCode`; errors about a
 *   particular reader or its card carry `details.readerId`. Middleware errors are mapped (e.g. CKR_PIN_INCORRECT → PIN_INCORRECT,
 *   CKR_PIN_LOCKED → PIN_LOCKED, CKR_TOKEN_NOT_PRESENT / CKR_DEVICE_REMOVED → TOKEN_NOT_PRESENT,
 *   Fortify's closed dialog → USER_CANCELLED); what cannot be mapped becomes TOKEN_ERROR with the
 *   original as `cause`.
 * - **The PIN** travels from the input (or the provider's own window) straight to the card. It is
 *   never stored by the provider, never logged, never put into an error's message, details or
 *   cause.
 * - **Secure context.** In browsers, card operations refuse to run outside a secure context
 *   (INSECURE_CONTEXT). Constructing a provider and listing readers may still work.
 * - **One operation at a time per card.** While `login`, `sign` or `logout` is pending on a card,
 *   another of them on the same card rejects with OPERATION_PENDING (it is not queued: a second
 *   PIN prompt or a double-clicked button must be visible, not silently serialized). Other cards
 *   are independent. Reading (`listReaders`, `getCard`, `listCertificates`) is always allowed.
 * - **Removal.** Pulling a card out logs it out; a pending login or sign on it rejects with
 *   TOKEN_NOT_PRESENT. A native PIN prompt for it is closed where the card component allows it
 *   (the virtual reader does; Fortify offers no way to close its PIN window from the page, so there
 *   the window may stay open, but the pending login still rejects with TOKEN_NOT_PRESENT). Putting
 *   the card back requires a new login.
 * - **Connection.** {@link TokenProvider.status} says whether card calls can work at all; every
 *   change fires `status-changed`. While the status is not `ready`, card calls reject without
 *   touching a card: PROVIDER_UNAVAILABLE (`details.state`), or APPROVAL_REFUSED when `denied`.
 *   A UI must show the status, not "insert a card", until it is `ready`.
 * - **Lock.** The tries counter and the lock live on the card: a card that locked in one reader is
 *   locked in every reader. PIN_LOCKED carries `details.ca` when the issuing authority is known.
 * - **Close.** After `close()`, every method rejects with PROVIDER_UNAVAILABLE and no events fire.
 */
export interface TokenProvider {
  readonly kind: TokenProviderKind;

  /**
   * Default PIN entry for this provider's readers (see {@link ReaderInfo.pinEntry} for a reader that
   * differs). Decides the UI: with `page` show a PIN field and call `login(readerId, pin)`; otherwise
   * show "enter the PIN in the card component's window / on the reader" and call `login(readerId)`.
   */
  readonly pinEntry: PinEntry;

  /** The connection to the card component now; see {@link ProviderStatus}. */
  readonly status: ProviderStatus;

  /**
   * Connects, or connects again after `denied` / `disconnected` (a 重試 button). Resolves once the
   * status is `ready` (at once for providers that are always ready); while pairing it waits for the
   * person's approval. Calling it while a connection is under way joins that attempt.
   * @throws PROVIDER_UNAVAILABLE (`details.state`: `not-running`, `closed`), APPROVAL_REFUSED,
   *   TOKEN_TIMEOUT, INSECURE_CONTEXT
   */
  connect(): Promise<void>;

  /** Readers now connected, with the card in each (if any). Never requires login. */
  listReaders(): Promise<ReaderInfo[]>;

  /**
   * Card metadata (label, 卡號, issuing CA, PIN tries) of the card in a reader.
   * @throws READER_NOT_FOUND, TOKEN_NOT_PRESENT
   */
  getCard(readerId: string): Promise<CardInfo>;

  /**
   * Subscribes to reader, card and connection changes. Listeners run synchronously, in subscription order,
   * when the provider learns of the change; a throwing listener is reported (`reportError` /
   * `console.error`) and does not stop the others. Order on removal: `card-removed` fires after the
   * card is logged out; removing a reader that holds a card fires `card-removed`, then
   * `readers-changed`.
   * @returns a function that unsubscribes this listener (idempotent).
   */
  on<K extends keyof TokenProviderEventMap>(
    type: K,
    listener: (event: TokenProviderEventMap[K]) => void,
  ): Unsubscribe;

  /**
   * The certificates on the card, without login (pick the `signing` one for sign-in).
   * @throws READER_NOT_FOUND, TOKEN_NOT_PRESENT
   */
  listCertificates(readerId: string): Promise<CardCertificate[]>;

  /**
   * Logs in to the card so that it will sign.
   *
   * - `page` entry: `pin` is required (PIN_REQUIRED) and must be 6–8 digits (PIN_FORMAT, checked
   *   before the card is touched, so it costs no try).
   * - `native` / `pinpad` entry: call without `pin`; passing one rejects with PAGE_PIN_NOT_ALLOWED.
   *   The provider asks for the PIN itself; cancelling there rejects with USER_CANCELLED (no try used).
   * - Already logged in: resolves without asking for or checking a PIN (as C_Login does).
   * - A wrong PIN rejects with PIN_INCORRECT (`details.triesLeft` when known); the wrong PIN that
   *   uses the last try, and every later attempt, rejects with PIN_LOCKED (`details.ca`). A right
   *   PIN resets the tries counter to its maximum (3 on Taiwanese cards).
   *
   * @throws READER_NOT_FOUND, TOKEN_NOT_PRESENT, PIN_REQUIRED, PIN_FORMAT, PAGE_PIN_NOT_ALLOWED,
   *   PIN_INCORRECT, PIN_LOCKED, USER_CANCELLED, OPERATION_PENDING, INSECURE_CONTEXT,
   *   PROVIDER_UNAVAILABLE, TOKEN_ERROR
   */
  login(readerId: string, pin?: string): Promise<void>;

  /**
   * Logs the card out. Resolves (doing nothing) when there is no card or it is not logged in, so
   * it is safe in cleanup paths.
   * @throws READER_NOT_FOUND, OPERATION_PENDING
   */
  logout(readerId: string): Promise<void>;

  /** Whether the card in the reader is logged in; false when there is no card. @throws READER_NOT_FOUND */
  isLoggedIn(readerId: string): Promise<boolean>;

  /**
   * Signs `data` with the private key paired to the certificate `certificateId` (the card hashes
   * or the provider hashes: either way `data` is the message, not a digest). Private keys never
   * leave the provider; only the signature comes back.
   *
   * Allowed algorithms (anything else → ALGORITHM_NOT_ALLOWED, checked before the card is touched):
   * RSASSA-PKCS1-v1_5 with SHA-256/384/512, and RSA-PSS with SHA-256/384/512 with a salt as long as
   * the hash. A provider whose key cannot do an allowed algorithm also answers
   * ALGORITHM_NOT_ALLOWED, listing what it can do in `details.allowed`.
   *
   * @returns the raw signature (for RSA, as long as the modulus: 256 bytes for RSA-2048).
   * @throws READER_NOT_FOUND, TOKEN_NOT_PRESENT, NOT_LOGGED_IN, CERT_NOT_FOUND, KEY_NOT_FOUND,
   *   ALGORITHM_NOT_ALLOWED, OPERATION_PENDING, USER_CANCELLED (a provider that confirms each
   *   signature), INSECURE_CONTEXT, PROVIDER_UNAVAILABLE, TOKEN_ERROR
   */
  sign(
    readerId: string,
    certificateId: string,
    data: Uint8Array,
    algorithm: SignatureAlgorithm,
  ): Promise<Uint8Array>;

  /**
   * Logs out every card, closes prompts and connections, drops listeners. Idempotent.
   */
  close(): Promise<void>;
}
