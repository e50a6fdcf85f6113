// The virtual card reader: cards that behave like Taiwanese smart cards (3 PIN tries, lock until the
// CA unlocks, login before signing, removal logs out) without hardware. Used by demos, Storybook,
// tests and developers without cards; it follows the TokenProvider contract to the letter so that
// flows tested against it behave the same on PKCS#11 and Fortify.
import { checkSignatureAlgorithm } from './algorithms.js';
import type { AllowedSignatureAlgorithm, SignatureAlgorithm } from './algorithms.js';
import { CARD_AUTHORITY_NAMES, TokenError } from './errors.js';
import type { CardAuthority } from './errors.js';
import { TypedEvents } from './events.js';
import type { Unsubscribe } from './events.js';
import { assertSecureContext, requireSubtle } from './guards.js';
import { MAX_PIN_TRIES, assertPinWellFormed, isPinWellFormed } from './pin.js';
import { exclusive, whilePresent } from './presence.js';
import type {
  CardCertificate,
  CardInfo,
  CertificateUsage,
  PinEntry,
  ProviderStatus,
  ReaderInfo,
  TokenProvider,
  TokenProviderEventMap,
} from './provider.js';
import { CLOSED_STATUS, READY_STATUS } from './status.js';

const CARD_NUMBER = /^[A-Z]{2}\d{14}$/;

/** A certificate and, normally, its private key. Same shape as the test PKI's IssuedKey. */
export interface VirtualKeyInit {
  /** DER. */
  certificate: Uint8Array;
  /** Absent for a certificate stored without its key (signing with it → KEY_NOT_FOUND). */
  privateKey?: CryptoKey;
  label?: string;
}

export interface VirtualCardKeyInit extends VirtualKeyInit {
  usage: CertificateUsage;
}

/**
 * What a virtual card is made of. The test PKI's `IssuedCard` fits this shape as it is (extra
 * fields are ignored), so `new VirtualCard(issued)` works; {@link virtualCardFromIssued} spells it out.
 */
export interface VirtualCardInit {
  id: string;
  label: string;
  /** 卡號, 2 uppercase letters + 14 digits. */
  cardNumber?: string;
  /** The issuing authority: named in the PIN_LOCKED guidance. */
  ca?: CardAuthority;
  /** 6–8 digits. Kept only inside the card. */
  pin: string;
  /** 0–3, default 3; 0 makes a card that starts locked. Values above 3 are capped. */
  pinTriesLeft?: number;
  signing?: VirtualKeyInit;
  encryption?: VirtualKeyInit;
  /** More certificates, for cards that hold other than one signing + one encryption pair. */
  keys?: readonly VirtualCardKeyInit[];
}

/** The fields of the test PKI's IssuedCard that a virtual card needs (declared here, not imported). */
export interface IssuedCardLike {
  id: string;
  label: string;
  ca: CardAuthority;
  cardNumber: string;
  pin: string;
  pinTriesLeft: number;
  signing: { privateKey: CryptoKey; certificate: Uint8Array };
  encryption?: { privateKey: CryptoKey; certificate: Uint8Array };
}

interface KeyEntry {
  der: Uint8Array<ArrayBuffer>;
  privateKey: CryptoKey | undefined;
  usage: CertificateUsage;
  label: string | undefined;
  id?: Promise<string>;
  /** The same key re-imported for another algorithm or hash (WebCrypto binds both to a key). */
  variants: Map<string, Promise<CryptoKey>>;
}

interface CardSecrets {
  pin: string;
  triesLeft: number;
  keys: KeyEntry[];
}

// Secrets live beside the card object rather than on it, so nothing that walks or serialises a
// card (JSON.stringify, devtools, structuredClone) can reach the PIN or the private keys.
const secrets = new WeakMap<VirtualCard, CardSecrets>();
// Where each card is, across every provider: a physical card cannot sit in two readers.
const inAReader = new WeakSet<VirtualCard>();

function secretsOf(card: VirtualCard): CardSecrets {
  const s = secrets.get(card);
  if (!s) throw new TypeError('not a VirtualCard');
  return s;
}

function cardError(what: string): TypeError {
  return new TypeError(`VirtualCard: ${what}`);
}

/**
 * A virtual smart card. The tries counter and the lock live here, so a card keeps them when it
 * moves between readers. The PIN and the private keys cannot be read back.
 */
export class VirtualCard {
  readonly id: string;
  readonly label: string;
  readonly cardNumber: string | undefined;
  readonly ca: CardAuthority | undefined;

  constructor(init: VirtualCardInit) {
    if (typeof init.id !== 'string' || init.id === '') throw cardError('id must be a non-empty string');
    if (typeof init.label !== 'string') throw cardError('label must be a string');
    // The message must not repeat the PIN: card definitions end up in logs too.
    if (!isPinWellFormed(init.pin)) throw cardError('the PIN must be 6 to 8 digits');
    if (init.cardNumber !== undefined && !CARD_NUMBER.test(init.cardNumber))
      throw cardError('cardNumber must be 2 uppercase letters and 14 digits');
    if (init.ca !== undefined && !Object.hasOwn(CARD_AUTHORITY_NAMES, init.ca))
      throw cardError(`unknown ca ${String(init.ca)}`);
    const tries = init.pinTriesLeft ?? MAX_PIN_TRIES;
    if (!Number.isInteger(tries)) throw cardError('pinTriesLeft must be an integer');

    const inits: VirtualCardKeyInit[] = [
      ...(init.signing ? [{ ...init.signing, usage: 'signing' as const }] : []),
      ...(init.encryption ? [{ ...init.encryption, usage: 'encryption' as const }] : []),
      ...(init.keys ?? []),
    ];
    if (inits.length === 0) throw cardError('a card needs at least one certificate');
    const keys = inits.map((k): KeyEntry => {
      if (!(k.certificate instanceof Uint8Array) || k.certificate.length === 0)
        throw cardError('certificate must be non-empty DER bytes');
      if (k.privateKey !== undefined && k.privateKey.type !== 'private')
        throw cardError('privateKey must be a private CryptoKey');
      if (k.usage !== 'signing' && k.usage !== 'encryption')
        throw cardError(`unknown usage ${String(k.usage)}`);
      return {
        der: new Uint8Array(k.certificate),
        privateKey: k.privateKey,
        usage: k.usage,
        label: k.label,
        variants: new Map(),
      };
    });

    this.id = init.id;
    this.label = init.label;
    this.cardNumber = init.cardNumber;
    this.ca = init.ca;
    secrets.set(this, { pin: init.pin, triesLeft: Math.min(Math.max(tries, 0), MAX_PIN_TRIES), keys });
  }

  get pinTriesLeft(): number {
    return secretsOf(this).triesLeft;
  }

  get pinLocked(): boolean {
    return secretsOf(this).triesLeft === 0;
  }

  /** What the issuing CA does at 鎖卡解碼: restores the tries. For demos of the locked-card path. */
  unlock(): void {
    secretsOf(this).triesLeft = MAX_PIN_TRIES;
  }

  /** Card metadata, as a provider reports it. */
  info(): CardInfo {
    return {
      id: this.id,
      label: this.label,
      ...(this.cardNumber === undefined ? {} : { cardNumber: this.cardNumber }),
      ...(this.ca === undefined ? {} : { ca: this.ca }),
      pinTriesLeft: this.pinTriesLeft,
      pinLocked: this.pinLocked,
    };
  }

  toJSON(): CardInfo {
    return this.info();
  }
}

/** A virtual card holding a test-PKI card's certificates, keys, PIN and tries counter. */
export function virtualCardFromIssued(card: IssuedCardLike): VirtualCard {
  return new VirtualCard({
    id: card.id,
    label: card.label,
    cardNumber: card.cardNumber,
    ca: card.ca,
    pin: card.pin,
    pinTriesLeft: card.pinTriesLeft,
    signing: { certificate: card.signing.certificate, privateKey: card.signing.privateKey },
    ...(card.encryption
      ? { encryption: { certificate: card.encryption.certificate, privateKey: card.encryption.privateKey } }
      : {}),
  });
}

/** Compares in time that depends on the lengths only (both at most 8 digits), not on where they differ. */
function pinsMatch(expected: string, given: string): boolean {
  const encoder = new TextEncoder();
  const a = encoder.encode(expected);
  const b = encoder.encode(given);
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the page's (or the demo panel's) PIN dialog is asked in native / PIN-pad mode. */
export interface VirtualPinRequest {
  readerId: string;
  cardLabel: string;
  triesLeft: number;
  /** Aborted when the card is removed or the provider closes: close the dialog then. */
  signal: AbortSignal;
}

export interface VirtualTokenProviderOptions {
  /** Reader names, e.g. `['讀卡機 1', '讀卡機 2']`; default one reader, `讀卡機 1`. */
  readers?: readonly string[];
  /** Default `page`. `native` and `pinpad` need {@link promptPin}. */
  pinEntry?: PinEntry;
  /**
   * Plays Fortify's PIN window (or a PIN-pad): resolves with the PIN typed, or null when the person
   * cancels (→ USER_CANCELLED).
   */
  promptPin?: (request: VirtualPinRequest) => Promise<string | null>;
  /** WebCrypto to sign with; default `globalThis.crypto`. */
  crypto?: Crypto;
  /** Simulated card time for login and sign (ms), so that UIs can show their busy states. Default 0. */
  latencyMs?: number;
}

interface Inserted {
  card: VirtualCard;
  // Aborted on removal or close, with the TokenError that pending operations must reject with.
  session: AbortController;
  loggedIn: boolean;
  pending: boolean;
}

interface Slot {
  id: string;
  name: string;
  inserted: Inserted | undefined;
}

/**
 * A {@link TokenProvider} over virtual readers and cards. Besides the contract it has the hands of
 * the person at the desk: {@link insert}, {@link remove}, {@link addReader}, {@link removeReader}.
 */
export class VirtualTokenProvider implements TokenProvider {
  readonly kind = 'virtual' as const;
  readonly pinEntry: PinEntry;

  readonly #slots = new Map<string, Slot>();
  readonly #events = new TypedEvents<TokenProviderEventMap>();
  readonly #promptPin: VirtualTokenProviderOptions['promptPin'];
  readonly #crypto: Crypto | undefined;
  readonly #latencyMs: number;
  #nextReader = 1;
  #closed = false;

  constructor(options: VirtualTokenProviderOptions = {}) {
    this.pinEntry = options.pinEntry ?? 'page';
    if (!['page', 'native', 'pinpad'].includes(this.pinEntry))
      throw new TypeError(`VirtualTokenProvider: unknown pinEntry ${String(this.pinEntry)}`);
    if (this.pinEntry !== 'page' && typeof options.promptPin !== 'function')
      throw new TypeError(`VirtualTokenProvider: pinEntry '${this.pinEntry}' needs a promptPin callback`);
    this.#promptPin = options.promptPin;
    this.#crypto = options.crypto;
    this.#latencyMs = options.latencyMs ?? 0;
    for (const name of options.readers ?? ['讀卡機 1']) this.#addSlot(name);
  }

  // ---- the person at the desk -------------------------------------------------------------

  /** Plugs in another reader; fires `readers-changed`. @returns its id. */
  addReader(name: string): string {
    this.#assertOpen();
    const id = this.#addSlot(name);
    this.#events.emit('readers-changed', { type: 'readers-changed', readers: this.#readers() });
    return id;
  }

  /** Unplugs a reader; its card (if any) is removed first (`card-removed`, then `readers-changed`). */
  removeReader(readerId: string): void {
    this.#assertOpen();
    this.#slot(readerId);
    this.remove(readerId);
    this.#slots.delete(readerId);
    this.#events.emit('readers-changed', { type: 'readers-changed', readers: this.#readers() });
  }

  /**
   * Puts a card into a reader; fires `card-inserted`. The card keeps its tries counter and lock.
   * @throws READER_NOT_FOUND; READER_OCCUPIED when the reader already holds a card; TOKEN_ERROR
   *   (`reason: 'card-in-another-reader'`) when this card is in a reader already.
   */
  insert(readerId: string, card: VirtualCard): void {
    this.#assertOpen();
    if (!(card instanceof VirtualCard))
      throw new TypeError(
        'insert() takes a VirtualCard (new VirtualCard(init) or virtualCardFromIssued(issued))',
      );
    const slot = this.#slot(readerId);
    if (slot.inserted) throw new TokenError('READER_OCCUPIED', { details: { readerId } });
    if (inAReader.has(card))
      throw new TokenError('TOKEN_ERROR', { details: { readerId, reason: 'card-in-another-reader' } });
    inAReader.add(card);
    slot.inserted = { card, session: new AbortController(), loggedIn: false, pending: false };
    this.#events.emit('card-inserted', { type: 'card-inserted', readerId, card: card.info() });
  }

  /**
   * Takes the card out: logs it out, makes a pending login or sign reject with TOKEN_NOT_PRESENT,
   * closes a pending PIN prompt, then fires `card-removed`.
   * @returns the card, or undefined when the reader was empty (no event then).
   */
  remove(readerId: string): VirtualCard | undefined {
    this.#assertOpen();
    const slot = this.#slot(readerId);
    const inserted = slot.inserted;
    if (!inserted) return undefined;
    this.#eject(slot, new TokenError('TOKEN_NOT_PRESENT', { details: { readerId } }));
    this.#events.emit('card-removed', { type: 'card-removed', readerId, cardId: inserted.card.id });
    return inserted.card;
  }

  // ---- TokenProvider --------------------------------------------------------------------------

  /** `ready` from construction; `closed` after {@link close}. */
  get status(): ProviderStatus {
    return this.#closed ? CLOSED_STATUS : READY_STATUS;
  }

  /** Nothing to connect to: resolves at once (PROVIDER_UNAVAILABLE after close). */
  async connect(): Promise<void> {
    this.#assertOpen();
  }

  on<K extends keyof TokenProviderEventMap>(
    type: K,
    listener: (event: TokenProviderEventMap[K]) => void,
  ): Unsubscribe {
    // After close nothing fires, so there is nothing to subscribe to.
    if (this.#closed) return () => {};
    return this.#events.on(type, listener);
  }

  async listReaders(): Promise<ReaderInfo[]> {
    this.#assertOpen();
    return this.#readers();
  }

  async getCard(readerId: string): Promise<CardInfo> {
    this.#assertOpen();
    return this.#inserted(this.#slot(readerId), readerId).card.info();
  }

  async listCertificates(readerId: string): Promise<CardCertificate[]> {
    this.#assertOpen();
    const { card } = this.#inserted(this.#slot(readerId), readerId);
    const subtle = requireSubtle(this.#crypto);
    return Promise.all(
      secretsOf(card).keys.map(async (entry) => ({
        id: await this.#certificateId(entry, subtle),
        der: new Uint8Array(entry.der),
        usage: entry.usage,
        ...(entry.label === undefined ? {} : { label: entry.label }),
      })),
    );
  }

  async login(readerId: string, pin?: string): Promise<void> {
    this.#assertOpen();
    const inserted = this.#inserted(this.#slot(readerId), readerId);
    const details = { readerId };
    // Shape checks first: they must not touch the card, so they can cost no try.
    if (this.pinEntry === 'page') {
      if (pin === undefined) throw new TokenError('PIN_REQUIRED', { details });
      assertPinWellFormed(pin, details);
    } else if (pin !== undefined) {
      throw new TokenError('PAGE_PIN_NOT_ALLOWED', { details });
    }
    assertSecureContext();

    await exclusive(inserted, readerId, async () => {
      await this.#whilePresent(inserted, this.#latency());
      const card = inserted.card;
      if (card.pinLocked) throw this.#locked(readerId, card);
      if (inserted.loggedIn) return;

      let entered = pin;
      if (entered === undefined) {
        const answer = await this.#whilePresent(inserted, this.#ask(inserted, readerId));
        if (answer === null) throw new TokenError('USER_CANCELLED', { details });
        assertPinWellFormed(answer, details);
        entered = answer;
      }

      const s = secretsOf(card);
      if (pinsMatch(s.pin, entered)) {
        s.triesLeft = MAX_PIN_TRIES;
        inserted.loggedIn = true;
        return;
      }
      s.triesLeft = Math.max(s.triesLeft - 1, 0);
      if (s.triesLeft === 0) throw this.#locked(readerId, card);
      throw new TokenError('PIN_INCORRECT', { details: { readerId, triesLeft: s.triesLeft } });
    });
  }

  async logout(readerId: string): Promise<void> {
    this.#assertOpen();
    const inserted = this.#slot(readerId).inserted;
    if (!inserted) return;
    await exclusive(inserted, readerId, async () => {
      inserted.loggedIn = false;
    });
  }

  async isLoggedIn(readerId: string): Promise<boolean> {
    this.#assertOpen();
    return this.#slot(readerId).inserted?.loggedIn ?? false;
  }

  async sign(
    readerId: string,
    certificateId: string,
    data: Uint8Array,
    algorithm: SignatureAlgorithm,
  ): Promise<Uint8Array> {
    this.#assertOpen();
    const allowed = checkSignatureAlgorithm(algorithm);
    if (!(data instanceof Uint8Array)) throw new TypeError('sign() data must be a Uint8Array');
    const inserted = this.#inserted(this.#slot(readerId), readerId);
    const subtle = requireSubtle(this.#crypto);
    // Copied now: the caller may reuse its buffer while the card works.
    const message = new Uint8Array(data);

    return exclusive(inserted, readerId, async () => {
      const entry = await this.#whilePresent(inserted, this.#findEntry(inserted.card, certificateId, subtle));
      if (!entry) throw new TokenError('CERT_NOT_FOUND', { details: { readerId, certificateId } });
      if (!inserted.loggedIn) throw new TokenError('NOT_LOGGED_IN', { details: { readerId } });
      const key = await this.#whilePresent(
        inserted,
        this.#keyFor(entry, allowed, subtle, readerId, certificateId),
      );
      await this.#whilePresent(inserted, this.#latency());
      const params =
        allowed.name === 'RSA-PSS'
          ? { name: allowed.name, saltLength: allowed.saltLength }
          : { name: allowed.name };
      const signature = await this.#whilePresent(inserted, subtle.sign(params, key, message));
      return new Uint8Array(signature);
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#events.clear();
    for (const slot of this.#slots.values()) {
      if (slot.inserted)
        this.#eject(slot, new TokenError('PROVIDER_UNAVAILABLE', { details: { readerId: slot.id } }));
    }
  }

  // ---- internals ------------------------------------------------------------------------------

  #addSlot(name: string): string {
    const id = `reader-${this.#nextReader++}`;
    this.#slots.set(id, { id, name, inserted: undefined });
    return id;
  }

  #readers(): ReaderInfo[] {
    return [...this.#slots.values()].map((slot) => ({
      id: slot.id,
      name: slot.name,
      cardPresent: slot.inserted !== undefined,
      ...(slot.inserted ? { card: slot.inserted.card.info() } : {}),
      pinEntry: this.pinEntry,
    }));
  }

  #assertOpen(): void {
    if (this.#closed) throw new TokenError('PROVIDER_UNAVAILABLE', { details: { reason: 'closed' } });
  }

  #slot(readerId: string): Slot {
    const slot = this.#slots.get(readerId);
    if (!slot) throw new TokenError('READER_NOT_FOUND', { details: { readerId } });
    return slot;
  }

  #inserted(slot: Slot, readerId: string): Inserted {
    if (!slot.inserted) throw new TokenError('TOKEN_NOT_PRESENT', { details: { readerId } });
    return slot.inserted;
  }

  #eject(slot: Slot, reason: TokenError): void {
    const inserted = slot.inserted;
    if (!inserted) return;
    inserted.loggedIn = false;
    slot.inserted = undefined;
    inAReader.delete(inserted.card);
    inserted.session.abort(reason);
  }

  #locked(readerId: string, card: VirtualCard): TokenError {
    return new TokenError('PIN_LOCKED', { details: { readerId, ...(card.ca ? { ca: card.ca } : {}) } });
  }

  /** Waits for `work` unless the card leaves first; then rejects with the reason the session ended. */
  #whilePresent<T>(inserted: Inserted, work: Promise<T>): Promise<T> {
    return whilePresent(inserted.session.signal, work);
  }

  #latency(): Promise<void> {
    const ms = this.#latencyMs;
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }

  async #ask(inserted: Inserted, readerId: string): Promise<string | null> {
    const prompt = this.#promptPin;
    if (!prompt)
      throw new TokenError('PROVIDER_UNAVAILABLE', { details: { readerId, reason: 'no-pin-prompt' } });
    let answer: unknown;
    try {
      answer = await prompt({
        readerId,
        cardLabel: inserted.card.label,
        triesLeft: inserted.card.pinTriesLeft,
        signal: inserted.session.signal,
      });
    } catch {
      // The dialog's own error is not passed on as `cause`: it may carry what was typed.
      throw new TokenError('TOKEN_ERROR', { details: { readerId, reason: 'pin-prompt-failed' } });
    }
    if (answer === null) return null;
    if (typeof answer !== 'string') throw new TokenError('PIN_FORMAT', { details: { readerId } });
    return answer;
  }

  #certificateId(entry: KeyEntry, subtle: SubtleCrypto): Promise<string> {
    // Half a SHA-256 of the certificate: unique per certificate, so a stale id never picks another card's key.
    entry.id ??= subtle.digest('SHA-256', entry.der).then((digest) => hex(digest.slice(0, 16)));
    return entry.id;
  }

  async #findEntry(
    card: VirtualCard,
    certificateId: string,
    subtle: SubtleCrypto,
  ): Promise<KeyEntry | undefined> {
    for (const entry of secretsOf(card).keys) {
      if ((await this.#certificateId(entry, subtle)) === certificateId) return entry;
    }
    return undefined;
  }

  /**
   * The private key in the form WebCrypto needs for this algorithm. WebCrypto ties a key to one
   * algorithm and hash, while a card's key signs with any; an extractable key is re-imported
   * (non-extractable) for the other combinations, a non-extractable one can do only its own.
   */
  async #keyFor(
    entry: KeyEntry,
    algorithm: AllowedSignatureAlgorithm,
    subtle: SubtleCrypto,
    readerId: string,
    certificateId: string,
  ): Promise<CryptoKey> {
    const key = entry.privateKey;
    if (!key) throw new TokenError('KEY_NOT_FOUND', { details: { readerId, certificateId } });
    const own = key.algorithm as Partial<RsaHashedKeyAlgorithm>;
    const ownName = `${own.name}/${own.hash?.name}`;
    const wanted = `${algorithm.name}/${algorithm.hash}`;
    const canSign = key.usages.includes('sign');
    if (ownName === wanted && canSign) return key;
    const isRsa = own.name === 'RSASSA-PKCS1-v1_5' || own.name === 'RSA-PSS' || own.name === 'RSA-OAEP';
    if (!key.extractable || !isRsa) {
      throw new TokenError('ALGORITHM_NOT_ALLOWED', {
        details: { readerId, certificateId, algorithm: wanted, allowed: canSign ? [ownName] : [] },
      });
    }
    let variant = entry.variants.get(wanted);
    if (!variant) {
      variant = subtle
        .exportKey('pkcs8', key)
        .then((pkcs8) =>
          subtle.importKey('pkcs8', pkcs8, { name: algorithm.name, hash: algorithm.hash }, false, ['sign']),
        );
      entry.variants.set(wanted, variant);
      // A failed import must not be cached as the answer forever.
      variant.catch(() => entry.variants.delete(wanted));
    }
    return variant;
  }
}
