// Real smart cards in Node through a PKCS#11 module: HiCOS's library at a desk with a card reader,
// SoftHSM2 in tests and for developers. Readers are slots, a card is an initialised token, and the
// provider follows the TokenProvider contract as the virtual card reader does, so flows tested
// against one behave the same on the other. Node only (graphene-pk11 over the pkcs11js addon).
import { X509Certificate as NodeX509Certificate, createHash } from 'node:crypto';
import { endianness } from 'node:os';
import graphene from 'graphene-pk11';
import pkcs11js from 'pkcs11js';
import {
  ALLOWED_SIGNATURE_ALGORITHMS,
  CLOSED_STATUS,
  READY_STATUS,
  TokenError,
  TypedEvents,
  assertPinWellFormed,
  checkSignatureAlgorithm,
  exclusive,
  whilePresent,
} from '@gepi/sdk';
import type {
  AllowedSignatureAlgorithm,
  CardAuthority,
  CardCertificate,
  CardInfo,
  CertificateUsage,
  PinEntry,
  ProviderStatus,
  ReaderInfo,
  SignatureAlgorithm,
  SignatureHash,
  TokenProvider,
  TokenProviderEventMap,
  Unsubscribe,
} from '@gepi/sdk';
import { CARD_NUMBER_PATTERN, caKindFromIssuerOus, useX509 } from '@gepi/sdk/certs';
import {
  SlotFlags,
  TokenFlags,
  mapPkcs11Error,
  pkcs11ReturnValue,
  triesLeftFromTokenFlags,
} from './errors.js';
import type { Pkcs11ErrorContext } from './errors.js';
import { acquirePkcs11Module } from './module.js';
import type { Pkcs11ModuleLease } from './module.js';
import { diffReaders } from './readers.js';

export interface Pkcs11TokenProviderOptions {
  /**
   * Path of the PKCS#11 module: the card vendor's library on a desk (HiCOS), or SoftHSM2's
   * (`/usr/lib/softhsm/libsofthsm2.so`) in tests. Loaded when the provider is constructed.
   */
  library: string;
  /**
   * Environment the module reads while it initialises, set in `process.env` before it is loaded:
   * `{ SOFTHSM2_CONF }` for SoftHSM2 (what `provisionSoftHsm()` returns as `env`). A module is
   * loaded once per process: a second provider on it must ask for the same values, or the
   * constructor throws.
   */
  env?: Readonly<Record<string, string>>;
  /**
   * How often (ms) to look for cards put in or pulled out, and readers plugged in or out. The timer
   * does not keep Node alive. 0 turns polling off: changes are then noticed by the next call (every
   * call looks at the slots first) or by {@link Pkcs11TokenProvider.refresh}. Default 1000.
   */
  pollIntervalMs?: number;
  /** List only slots with CKF_REMOVABLE_DEVICE (card readers), hiding built-in tokens. Default false. */
  removableOnly?: boolean;
  /**
   * Where the message is hashed. `auto` (default): on the card with the combined mechanism
   * (CKM_SHA256_RSA_PKCS, CKM_SHA256_RSA_PKCS_PSS, …) when the token lists it, otherwise here with
   * the card doing only the RSA step (CKM_RSA_PKCS over a DigestInfo, CKM_RSA_PKCS_PSS over the
   * digest). `host`: always hash here, for cards whose combined mechanisms misbehave.
   */
  hashing?: 'auto' | 'host';
}

/** A token as the last look at its slot saw it. */
interface TokenSeen {
  serial: string;
  label: string;
  flags: number;
}

interface Slot {
  id: string;
  handle: Buffer;
  name: string;
  token: TokenSeen | undefined;
}

interface CertEntry {
  id: string;
  der: Uint8Array<ArrayBuffer>;
  usage: CertificateUsage;
  label: string | undefined;
  ckaId: Buffer;
  ca: CardAuthority | undefined;
}

/** A card while it stays in its reader; a new insertion is a new Card. */
interface Card {
  key: string;
  token: TokenSeen;
  /** Read once per insertion: certificates on a card do not change while it is in the reader. */
  certs: CertEntry[] | undefined;
  mechanisms: Set<number> | undefined;
  /** Held from login to logout: closing a token's last session would log it out. */
  session: graphene.Session | undefined;
  loggedIn: boolean;
  pending: boolean;
  /** A C_Sign running on a worker thread: its session must outlive it, even if the card is gone. */
  native: Promise<unknown> | undefined;
  // Aborted when the card leaves or the provider closes, with the error pending work rejects with.
  presence: AbortController;
}

interface Reader {
  id: string;
  handle: Buffer;
  name: string;
  card: Card | undefined;
}

interface SignPlan {
  mechanism: graphene.IAlgorithm;
  input: Buffer;
}

const CKU_USER = pkcs11js.CKU_USER;
const CKS_RO_USER_FUNCTIONS = 1;
const CKS_RW_USER_FUNCTIONS = 3;
const CKC_X_509 = 0;
const CKK_RSA = 0;

const COMBINED: Record<AllowedSignatureAlgorithm['name'], Record<SignatureHash, number>> = {
  'RSASSA-PKCS1-v1_5': {
    'SHA-256': pkcs11js.CKM_SHA256_RSA_PKCS,
    'SHA-384': pkcs11js.CKM_SHA384_RSA_PKCS,
    'SHA-512': pkcs11js.CKM_SHA512_RSA_PKCS,
  },
  'RSA-PSS': {
    'SHA-256': pkcs11js.CKM_SHA256_RSA_PKCS_PSS,
    'SHA-384': pkcs11js.CKM_SHA384_RSA_PKCS_PSS,
    'SHA-512': pkcs11js.CKM_SHA512_RSA_PKCS_PSS,
  },
};
const RAW: Record<AllowedSignatureAlgorithm['name'], number> = {
  'RSASSA-PKCS1-v1_5': pkcs11js.CKM_RSA_PKCS,
  'RSA-PSS': pkcs11js.CKM_RSA_PKCS_PSS,
};
const HASH_MECHANISM: Record<SignatureHash, number> = {
  'SHA-256': pkcs11js.CKM_SHA256,
  'SHA-384': pkcs11js.CKM_SHA384,
  'SHA-512': pkcs11js.CKM_SHA512,
};
const MGF1: Record<SignatureHash, number> = {
  'SHA-256': pkcs11js.CKG_MGF1_SHA256,
  'SHA-384': pkcs11js.CKG_MGF1_SHA384,
  'SHA-512': pkcs11js.CKG_MGF1_SHA512,
};
const NODE_HASH: Record<SignatureHash, string> = {
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};
// DER prefixes of DigestInfo (RFC 8017 §9.2, note 1), for cards that sign only with CKM_RSA_PKCS.
const DIGEST_INFO_PREFIX: Record<SignatureHash, Buffer> = {
  'SHA-256': Buffer.from('3031300d060960864801650304020105000420', 'hex'),
  'SHA-384': Buffer.from('3041300d060960864801650304020205000430', 'hex'),
  'SHA-512': Buffer.from('3051300d060960864801650304020305000440', 'hex'),
};

// keyUsage bits (RFC 5280), as @peculiar/x509 numbers them.
const KU_DIGITAL_SIGNATURE = 1;
const KU_NON_REPUDIATION = 2;

/** PKCS#11 pads fixed-size text fields with spaces (some modules with NULs). */
function unpad(text: string): string {
  return text.replace(/[\s\0]+$/u, '');
}

function slotNumber(handle: Buffer): string {
  const le = endianness() === 'LE';
  if (handle.length === 8) return (le ? handle.readBigUInt64LE() : handle.readBigUInt64BE()).toString();
  if (handle.length === 4) return String(le ? handle.readUInt32LE() : handle.readUInt32BE());
  return handle.toString('hex');
}

/** The same id the virtual provider gives a certificate: half a SHA-256 of the DER. */
function certificateId(der: Uint8Array): string {
  return createHash('sha256').update(der).digest('hex').slice(0, 32);
}

function describeCertificate(der: Uint8Array<ArrayBuffer>): {
  usage: CertificateUsage;
  ca: CardAuthority | undefined;
} {
  try {
    const x509 = useX509();
    const cert = new x509.X509Certificate(der);
    const keyUsage = cert.getExtension(x509.KeyUsagesExtension);
    // No keyUsage means any use (RFC 5280 §4.2.1.3); a key that may sign is a signing key.
    const signs = !keyUsage || (keyUsage.usages & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) !== 0;
    return {
      usage: signs ? 'signing' : 'encryption',
      ca: caKindFromIssuerOus(cert.issuerName.getField('OU')),
    };
  } catch {
    // Listed all the same: the server, not the card reader, decides what it accepts.
    return { usage: 'signing', ca: undefined };
  }
}

function rsaModulus(der: Uint8Array): Buffer | undefined {
  try {
    const jwk = new NodeX509Certificate(der).publicKey.export({ format: 'jwk' });
    return typeof jwk.n === 'string' ? Buffer.from(jwk.n, 'base64url') : undefined;
  } catch {
    return undefined;
  }
}

function stripLeadingZeros(bytes: Buffer): Buffer {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  return bytes.subarray(i);
}

function cardKeyOf(token: TokenSeen): string {
  return `${token.serial}\u0000${token.label}`;
}

/**
 * A {@link TokenProvider} over a PKCS#11 module.
 *
 * - **Readers** are the module's slots (`removableOnly` keeps card readers only); reader ids are
 *   `slot-<slot id>`. A card is an *initialised* token: an empty or uninitialised token (SoftHSM2's
 *   spare slot) and a token whose info cannot be read (an unknown card) count as no card.
 * - **Cards**: `CardInfo.id` is the token serial; the label is the token label; `cardNumber` is
 *   set when the serial or the label is a 卡號; `ca` comes from the issuer of the card's
 *   certificates; `pinTriesLeft` only from the token flags (see `triesLeftFromTokenFlags`).
 * - **PIN entry** is `page`, except for tokens with CKF_PROTECTED_AUTHENTICATION_PATH: their
 *   reader reports `pinpad`, and `login(readerId)` without a PIN lets the reader's keypad take it.
 *   C_Login is synchronous in pkcs11js, so Node's event loop waits while the person types there.
 * - **Certificates** are read without login; the key for a certificate is the private key with the
 *   same CKA_ID (the only link that survives sessions), or, when the IDs do not match, the one
 *   with the certificate's modulus. Certificate ids are derived from the DER as in the virtual
 *   provider, so the same card gets the same ids from both.
 * - **Login state** belongs to the process, not to the provider: PKCS#11 logs a token in for the
 *   whole application, and providers on the same module share it.
 * - **Polling** (`pollIntervalMs`) turns slot changes into events; pulling a card out rejects its
 *   pending work with TOKEN_NOT_PRESENT and logs it out.
 */
export class Pkcs11TokenProvider implements TokenProvider {
  readonly kind = 'pkcs11' as const;
  readonly pinEntry: PinEntry = 'page';

  readonly #lease: Pkcs11ModuleLease;
  readonly #removableOnly: boolean;
  readonly #hashing: 'auto' | 'host';
  readonly #events = new TypedEvents<TokenProviderEventMap>();
  readonly #inflight = new Set<Promise<unknown>>();
  #readers = new Map<string, Reader>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #syncing = false;
  #closed = false;
  #closing: Promise<void> | undefined;

  /**
   * Loads the module (after putting `options.env` into `process.env`) and looks at the slots.
   * @throws TokenError PROVIDER_UNAVAILABLE when the module cannot be loaded or initialised; Error
   *   when the module is already loaded in this process under a different `env`.
   */
  constructor(options: Pkcs11TokenProviderOptions) {
    if (typeof options?.library !== 'string' || options.library === '')
      throw new TypeError('Pkcs11TokenProvider: library must be the path of a PKCS#11 module');
    const interval = options.pollIntervalMs ?? 1000;
    if (!Number.isFinite(interval) || interval < 0)
      throw new TypeError('Pkcs11TokenProvider: pollIntervalMs must be a number ≥ 0');
    const hashing = options.hashing ?? 'auto';
    if (hashing !== 'auto' && hashing !== 'host')
      throw new TypeError(`Pkcs11TokenProvider: unknown hashing ${String(hashing)}`);
    this.#removableOnly = options.removableOnly ?? false;
    this.#hashing = hashing;
    this.#lease = acquirePkcs11Module(options.library, options.env);
    try {
      this.#sync();
    } catch (error) {
      this.#lease.release();
      throw mapPkcs11Error(error);
    }
    if (interval > 0) {
      this.#timer = setInterval(() => this.#poll(), interval);
      this.#timer.unref();
    }
  }

  /** Path of the loaded module (made absolute unless a bare file name was given). */
  get library(): string {
    return this.#lease.library;
  }

  /**
   * Looks at the slots now, as a poll does, firing the events for what changed. For callers that
   * turned polling off, and for tests.
   */
  async refresh(): Promise<void> {
    this.#assertOpen();
    this.#syncOrThrow();
  }

  // ---- TokenProvider --------------------------------------------------------------------------

  /** `ready` once constructed (the module is loaded); `closed` after {@link close}. */
  get status(): ProviderStatus {
    return this.#closed ? CLOSED_STATUS : READY_STATUS;
  }

  /** The module is loaded in the constructor: resolves at once (PROVIDER_UNAVAILABLE after close). */
  async connect(): Promise<void> {
    this.#assertOpen();
  }

  on<K extends keyof TokenProviderEventMap>(
    type: K,
    listener: (event: TokenProviderEventMap[K]) => void,
  ): Unsubscribe {
    if (this.#closed) return () => {};
    return this.#events.on(type, listener);
  }

  async listReaders(): Promise<ReaderInfo[]> {
    this.#assertOpen();
    this.#syncOrThrow();
    return [...this.#readers.values()].map((reader) => this.#readerInfo(reader));
  }

  async getCard(readerId: string): Promise<CardInfo> {
    this.#assertOpen();
    this.#syncOrThrow();
    const reader = this.#reader(readerId);
    return this.#cardInfo(reader, this.#card(reader));
  }

  async listCertificates(readerId: string): Promise<CardCertificate[]> {
    this.#assertOpen();
    this.#syncOrThrow();
    const reader = this.#reader(readerId);
    const card = this.#card(reader);
    return this.#certificates(reader, card).map((entry) => ({
      id: entry.id,
      der: new Uint8Array(entry.der),
      usage: entry.usage,
      ...(entry.label ? { label: entry.label } : {}),
    }));
  }

  async login(readerId: string, pin?: string): Promise<void> {
    this.#assertOpen();
    this.#syncOrThrow();
    const reader = this.#reader(readerId);
    const card = this.#card(reader);
    const details = { readerId };
    // Shape checks first: they must not reach the card, so they cost no try.
    if (this.#pinEntryOf(card) === 'page') {
      if (pin === undefined) throw new TokenError('PIN_REQUIRED', { details });
      assertPinWellFormed(pin, details);
    } else if (pin !== undefined) {
      throw new TokenError('PAGE_PIN_NOT_ALLOWED', { details });
    }

    await this.#exclusive(card, readerId, async () => {
      if (card.token.flags & TokenFlags.USER_PIN_LOCKED) throw this.#locked(reader, card);
      if (this.#isLoggedIn(card)) return;
      try {
        // Without a PIN (PIN-pad) pkcs11js passes an empty one, which modules read as "ask the reader".
        this.#session(card, reader).login(pin ?? '', CKU_USER);
      } catch (error) {
        if (pkcs11ReturnValue(error)?.name !== 'CKR_USER_ALREADY_LOGGED_IN')
          throw this.#failure(reader, card, error);
      }
      card.loggedIn = true;
      this.#rereadFlags(reader, card);
    });
  }

  async logout(readerId: string): Promise<void> {
    this.#assertOpen();
    this.#syncOrThrow();
    const reader = this.#reader(readerId);
    const card = reader.card;
    if (!card) return;
    await this.#exclusive(card, readerId, async () => this.#endSession(card));
  }

  async isLoggedIn(readerId: string): Promise<boolean> {
    this.#assertOpen();
    this.#syncOrThrow();
    const card = this.#reader(readerId).card;
    return card ? this.#isLoggedIn(card) : false;
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
    this.#syncOrThrow();
    const reader = this.#reader(readerId);
    const card = this.#card(reader);
    // Copied now: the caller may reuse its buffer while the card works.
    const message = Buffer.from(data);
    const wanted = `${allowed.name}/${allowed.hash}`;

    return this.#exclusive(card, readerId, async () => {
      const cert = this.#certificates(reader, card).find((entry) => entry.id === certificateId);
      if (!cert) throw new TokenError('CERT_NOT_FOUND', { details: { readerId, certificateId } });
      if (!this.#isLoggedIn(card)) throw new TokenError('NOT_LOGGED_IN', { details: { readerId } });
      const context: Pkcs11ErrorContext = { readerId, certificateId, algorithm: wanted };
      let plan: SignPlan;
      let session: graphene.Session;
      let key: graphene.SessionObject;
      try {
        session = this.#session(card, reader);
        const found = this.#privateKey(session, cert);
        if (!found) throw new TokenError('KEY_NOT_FOUND', { details: { readerId, certificateId } });
        key = found;
        const canSign = key.getAttribute('sign') === true && key.getAttribute('keyType') === CKK_RSA;
        const possible = canSign ? this.#possibleAlgorithms(reader, card) : [];
        context.allowed = possible;
        const chosen = possible.includes(wanted) ? this.#plan(reader, card, allowed, message) : undefined;
        if (!chosen)
          throw new TokenError('ALGORITHM_NOT_ALLOWED', { details: { ...context, allowed: possible } });
        plan = chosen;
      } catch (error) {
        throw this.#failure(reader, card, error, context);
      }
      try {
        const native = this.#track(signOnCard(session, plan, key));
        card.native = native;
        const settled = () => {
          if (card.native === native) card.native = undefined;
        };
        native.then(settled, settled);
        const signature = await this.#whilePresent(card, native);
        return new Uint8Array(signature);
      } catch (error) {
        throw this.#failure(reader, card, error, context);
      }
    });
  }

  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  // ---- slots and events -----------------------------------------------------------------------

  #poll(): void {
    if (this.#closed) return;
    try {
      this.#sync();
    } catch {
      // A failed look is retried at the next tick, and any call in between reports the error.
    }
  }

  #syncOrThrow(): void {
    try {
      this.#sync();
    } catch (error) {
      throw mapPkcs11Error(error);
    }
  }

  #scan(): Slot[] {
    const lib = this.#lease.module.lib;
    const slots: Slot[] = [];
    for (const handle of lib.C_GetSlotList(false)) {
      let slotInfo: { slotDescription: string; flags: number };
      try {
        slotInfo = lib.C_GetSlotInfo(handle);
      } catch {
        continue; // unplugged between the two calls
      }
      if (this.#removableOnly && !(slotInfo.flags & SlotFlags.REMOVABLE_DEVICE)) continue;
      let token: TokenSeen | undefined;
      if (slotInfo.flags & SlotFlags.TOKEN_PRESENT) token = this.#readToken(handle);
      const id = `slot-${slotNumber(handle)}`;
      slots.push({ id, handle, name: unpad(slotInfo.slotDescription) || id, token });
    }
    return slots;
  }

  #readToken(handle: Buffer): TokenSeen | undefined {
    try {
      const info = this.#lease.module.lib.C_GetTokenInfo(handle);
      if (!(info.flags & TokenFlags.TOKEN_INITIALIZED)) return undefined;
      return { serial: unpad(info.serialNumber), label: unpad(info.label), flags: info.flags };
    } catch {
      // A card the module cannot read (unknown, half inserted, gone) is no card to sign with.
      return undefined;
    }
  }

  /**
   * Brings the readers up to date and fires the events, in the contract's order: removed cards
   * (after logging them out), then inserted cards, then the reader list.
   */
  #sync(): void {
    // A listener that calls back into the provider sees the state being built, not a second scan.
    if (this.#syncing || this.#closed) return;
    this.#syncing = true;
    try {
      const slots = this.#scan();
      const before = new Map<string, string | undefined>();
      for (const [id, reader] of this.#readers) {
        // A session the module no longer knows means the card left (and maybe came back) unseen.
        before.set(id, reader.card && !this.#sessionAlive(reader.card) ? '\u0000swapped' : reader.card?.key);
      }
      const after = new Map(slots.map((slot) => [slot.id, slot.token && cardKeyOf(slot.token)]));
      const changes = diffReaders(before, after);

      for (const { readerId } of changes.removed) {
        const reader = this.#readers.get(readerId);
        if (reader?.card) this.#cardGone(reader, reader.card);
      }

      const next = new Map<string, Reader>();
      for (const slot of slots) {
        const reader = this.#readers.get(slot.id) ?? {
          id: slot.id,
          handle: slot.handle,
          name: slot.name,
          card: undefined,
        };
        reader.name = slot.name;
        if (reader.card && slot.token) reader.card.token = slot.token;
        next.set(slot.id, reader);
      }
      this.#readers = next;

      for (const { readerId, cardKey } of changes.inserted) {
        const reader = next.get(readerId);
        const token = slots.find((slot) => slot.id === readerId)?.token;
        if (!reader || !token) continue;
        reader.card = {
          key: cardKey,
          token,
          certs: undefined,
          mechanisms: undefined,
          session: undefined,
          loggedIn: false,
          pending: false,
          native: undefined,
          presence: new AbortController(),
        };
        this.#events.emit('card-inserted', {
          type: 'card-inserted',
          readerId,
          card: this.#cardInfo(reader, reader.card),
        });
      }

      if (changes.readersChanged) {
        this.#events.emit('readers-changed', {
          type: 'readers-changed',
          readers: [...next.values()].map((reader) => this.#readerInfo(reader)),
        });
      }
    } finally {
      this.#syncing = false;
    }
  }

  /** The card left: log it out, end its pending work, then tell the listeners. */
  #cardGone(reader: Reader, card: Card): void {
    if (reader.card !== card) return;
    reader.card = undefined;
    this.#endSession(card);
    card.presence.abort(new TokenError('TOKEN_NOT_PRESENT', { details: { readerId: reader.id } }));
    this.#events.emit('card-removed', {
      type: 'card-removed',
      readerId: reader.id,
      cardId: this.#cardId(reader, card),
    });
  }

  #sessionAlive(card: Card): boolean {
    if (!card.session) return true;
    try {
      this.#lease.module.lib.C_GetSessionInfo(card.session.handle);
      return true;
    } catch {
      return false;
    }
  }

  // ---- reading the card -----------------------------------------------------------------------

  #readerInfo(reader: Reader): ReaderInfo {
    const card = reader.card;
    return {
      id: reader.id,
      name: reader.name,
      cardPresent: card !== undefined,
      ...(card ? { card: this.#cardInfo(reader, card) } : {}),
      pinEntry: this.#pinEntryOf(card),
    };
  }

  #cardId(reader: Reader, card: Card): string {
    return card.token.serial || `${reader.id}:${card.token.label}`;
  }

  #cardInfo(reader: Reader, card: Card): CardInfo {
    const { serial, label, flags } = card.token;
    const cardNumber = [serial, label].find((text) => CARD_NUMBER_PATTERN.test(text));
    const ca = this.#ca(reader, card);
    const triesLeft = triesLeftFromTokenFlags(flags);
    return {
      id: this.#cardId(reader, card),
      label,
      ...(cardNumber ? { cardNumber } : {}),
      ...(ca ? { ca } : {}),
      ...(triesLeft === undefined ? {} : { pinTriesLeft: triesLeft }),
      pinLocked: (flags & TokenFlags.USER_PIN_LOCKED) !== 0,
    };
  }

  /** The issuing authority, from the signing certificate (else any certificate) on the card. */
  #ca(reader: Reader, card: Card): CardAuthority | undefined {
    try {
      const certs = this.#certificates(reader, card);
      return (certs.find((c) => c.usage === 'signing' && c.ca) ?? certs.find((c) => c.ca))?.ca;
    } catch {
      return undefined;
    }
  }

  #pinEntryOf(card: Card | undefined): PinEntry {
    return card && card.token.flags & TokenFlags.PROTECTED_AUTHENTICATION_PATH ? 'pinpad' : this.pinEntry;
  }

  /** Certificates, signing ones first (as the virtual card lists them). Throws middleware errors. */
  #certificates(reader: Reader, card: Card): CertEntry[] {
    if (card.certs) return card.certs;
    // A short-lived session of its own, so reading never disturbs a signature running on the main one.
    const session = this.#slotObject(reader).open(graphene.SessionFlag.SERIAL_SESSION);
    const entries: CertEntry[] = [];
    try {
      const found = session.find({ class: graphene.ObjectClass.CERTIFICATE });
      for (let i = 0; i < found.length; i++) {
        const object = found.items(i);
        if (optionalAttribute(object, 'certType') !== CKC_X_509) continue;
        const value = optionalAttribute(object, 'value');
        if (!Buffer.isBuffer(value) || value.length === 0) continue;
        const der = new Uint8Array(value);
        const label = optionalAttribute(object, 'label');
        const ckaId = optionalAttribute(object, 'id');
        entries.push({
          id: certificateId(der),
          der,
          ...describeCertificate(der),
          label: typeof label === 'string' && label !== '' ? label : undefined,
          ckaId: Buffer.isBuffer(ckaId) ? ckaId : Buffer.alloc(0),
        });
      }
    } finally {
      closeQuietly(session);
    }
    entries.sort((a, b) => Number(a.usage !== 'signing') - Number(b.usage !== 'signing'));
    card.certs = entries;
    return entries;
  }

  #slotObject(reader: Reader): graphene.Slot {
    return new graphene.Slot(reader.handle, this.#lease.module, this.#lease.module.lib);
  }

  #mechanisms(reader: Reader, card: Card): Set<number> | undefined {
    if (!card.mechanisms) {
      try {
        card.mechanisms = new Set(this.#lease.module.lib.C_GetMechanismList(reader.handle));
      } catch {
        return undefined; // unknown: try the combined mechanism and let the card answer
      }
    }
    return card.mechanisms;
  }

  // ---- login and signing ----------------------------------------------------------------------

  /** The card's main session, opened on first use and kept until logout or removal. */
  #session(card: Card, reader: Reader): graphene.Session {
    card.session ??= this.#slotObject(reader).open(graphene.SessionFlag.SERIAL_SESSION);
    return card.session;
  }

  #isLoggedIn(card: Card): boolean {
    if (!card.loggedIn || !card.session) return false;
    try {
      const { state } = this.#lease.module.lib.C_GetSessionInfo(card.session.handle);
      // Another provider in this process may have logged the token out (login is per process).
      const user = state === CKS_RO_USER_FUNCTIONS || state === CKS_RW_USER_FUNCTIONS;
      if (!user) card.loggedIn = false;
      return user;
    } catch {
      return false;
    }
  }

  /**
   * Logs out and closes the main session, ignoring a card that is no longer there to answer. With
   * a signature still running in the module, the session is closed once it ends: closing a
   * session under a running C_Sign is not something every module survives.
   */
  #endSession(card: Card): void {
    const session = card.session;
    card.session = undefined;
    card.loggedIn = false;
    if (!session) return;
    const end = () => {
      try {
        session.logout();
      } catch {
        // not logged in, or gone: either way nobody is logged in through this session any more
      }
      closeQuietly(session);
    };
    if (card.native) card.native.then(end, end);
    else end();
  }

  #rereadFlags(reader: Reader, card: Card): number | undefined {
    const token = this.#readToken(reader.handle);
    if (token && cardKeyOf(token) === card.key) card.token = token;
    return token?.flags;
  }

  #locked(reader: Reader, card: Card): TokenError {
    const ca = this.#ca(reader, card);
    return new TokenError('PIN_LOCKED', { details: { readerId: reader.id, ...(ca ? { ca } : {}) } });
  }

  /** Maps a failure on a card, reading the flags it left behind; a card found gone is forgotten. */
  #failure(reader: Reader, card: Card, error: unknown, context: Pkcs11ErrorContext = {}): TokenError {
    if (error instanceof TokenError) return error;
    const flags = this.#rereadFlags(reader, card);
    const mapped = mapPkcs11Error(error, {
      ...context,
      readerId: reader.id,
      ...(flags === undefined ? {} : { tokenFlags: flags }),
      ...(pkcs11ReturnValue(error)?.name === 'CKR_PIN_INCORRECT' ||
      pkcs11ReturnValue(error)?.name === 'CKR_PIN_LOCKED'
        ? { ca: this.#ca(reader, card) }
        : {}),
    });
    if (mapped.code === 'TOKEN_NOT_PRESENT') this.#cardGone(reader, card);
    return mapped;
  }

  #privateKey(session: graphene.Session, cert: CertEntry): graphene.SessionObject | undefined {
    const modulus = rsaModulus(cert.der);
    const matchesModulus = (key: graphene.SessionObject): boolean => {
      const value = optionalAttribute(key, 'modulus');
      return (
        !!modulus && Buffer.isBuffer(value) && stripLeadingZeros(value).equals(stripLeadingZeros(modulus))
      );
    };
    if (cert.ckaId.length > 0) {
      const byId = collect(session.find({ class: graphene.ObjectClass.PRIVATE_KEY, id: cert.ckaId }));
      if (byId.length === 1) return byId[0];
      if (byId.length > 1) return byId.find(matchesModulus) ?? byId[0];
    }
    // Badly provisioned cards exist: without a matching CKA_ID, the modulus still pairs them exactly.
    return collect(session.find({ class: graphene.ObjectClass.PRIVATE_KEY })).find(matchesModulus);
  }

  /** The allowed algorithms this token can do, combined or with the hash done here. */
  #possibleAlgorithms(reader: Reader, card: Card): string[] {
    const mechanisms = this.#mechanisms(reader, card);
    return ALLOWED_SIGNATURE_ALGORITHMS.filter((entry) => {
      const [name, hash] = entry.split('/') as [AllowedSignatureAlgorithm['name'], SignatureHash];
      if (!mechanisms) return true;
      return (this.#hashing === 'auto' && mechanisms.has(COMBINED[name][hash])) || mechanisms.has(RAW[name]);
    });
  }

  #plan(reader: Reader, card: Card, algorithm: AllowedSignatureAlgorithm, message: Buffer): SignPlan {
    const mechanisms = this.#mechanisms(reader, card);
    const { name, hash } = algorithm;
    const combined = COMBINED[name][hash];
    const onCard = this.#hashing === 'auto' && (!mechanisms || mechanisms.has(combined));
    const params =
      algorithm.name === 'RSA-PSS'
        ? new graphene.RsaPssParams(HASH_MECHANISM[hash], MGF1[hash], algorithm.saltLength)
        : null;
    if (onCard) return { mechanism: { name: combined, params }, input: message };
    const digest = createHash(NODE_HASH[hash]).update(message).digest();
    const input = name === 'RSASSA-PKCS1-v1_5' ? Buffer.concat([DIGEST_INFO_PREFIX[hash], digest]) : digest;
    return { mechanism: { name: RAW[name], params }, input };
  }

  // ---- operations -----------------------------------------------------------------------------

  /** Runs a card operation, refusing (not queueing) a second one on the same card, abandoned if the card leaves. */
  #exclusive<T>(card: Card, readerId: string, work: () => Promise<T>): Promise<T> {
    return exclusive(card, readerId, () => whilePresent(card.presence.signal, work()));
  }

  /** Waits for `work` unless the card leaves (or the provider closes) first. */
  #whilePresent<T>(card: Card, work: Promise<T>): Promise<T> {
    return whilePresent(card.presence.signal, work);
  }

  /** Remembers native work in flight: the module must not be finalised under it. */
  #track<T>(work: Promise<T>): Promise<T> {
    this.#inflight.add(work);
    const done = () => void this.#inflight.delete(work);
    work.then(done, done);
    return work;
  }

  #assertOpen(): void {
    if (this.#closed) throw new TokenError('PROVIDER_UNAVAILABLE', { details: { reason: 'closed' } });
  }

  #reader(readerId: string): Reader {
    const reader = this.#readers.get(readerId);
    if (!reader) throw new TokenError('READER_NOT_FOUND', { details: { readerId } });
    return reader;
  }

  #card(reader: Reader): Card {
    if (!reader.card) throw new TokenError('TOKEN_NOT_PRESENT', { details: { readerId: reader.id } });
    return reader.card;
  }

  async #shutdown(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#events.clear();
    const cards = [...this.#readers.values()].flatMap((reader) =>
      reader.card ? [[reader, reader.card] as const] : [],
    );
    for (const [reader, card] of cards) {
      card.presence.abort(
        new TokenError('PROVIDER_UNAVAILABLE', { details: { readerId: reader.id, reason: 'closed' } }),
      );
    }
    await Promise.allSettled([...this.#inflight]);
    for (const [, card] of cards) this.#endSession(card);
    this.#readers.clear();
    try {
      this.#lease.release();
    } catch {
      // C_Finalize failing at shutdown leaves nothing for the caller to do.
    }
  }
}

function optionalAttribute(object: graphene.SessionObject, name: string): unknown {
  try {
    return object.getAttribute(name);
  } catch {
    return undefined; // attribute absent on this object, or sensitive
  }
}

function collect(found: graphene.SessionObjectCollection): graphene.SessionObject[] {
  const objects: graphene.SessionObject[] = [];
  for (let i = 0; i < found.length; i++) objects.push(found.items(i));
  return objects;
}

function closeQuietly(session: graphene.Session): void {
  try {
    session.close();
  } catch {
    // already closed by the module (card removed)
  }
}

/** C_SignInit, then C_Sign on libuv's thread pool so that a slow card does not block Node. */
function signOnCard(session: graphene.Session, plan: SignPlan, key: graphene.SessionObject): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const signer = session.createSign(plan.mechanism, key.toType<graphene.PrivateKey>());
    signer.once(plan.input, (error, signature) => (error ? reject(error) : resolve(signature)));
  });
}
