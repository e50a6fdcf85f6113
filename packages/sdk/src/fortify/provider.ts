// The TokenProvider over Fortify (@webcrypto-local/client): real cards in the browser, and in Node
// for tools. The client (~40 KB gzip) is imported on the first connection attempt, so even this
// entry stays small until Fortify is actually used.
//
// Readers are Fortify's providers that hold a token; the PIN is typed in Fortify's own window
// (`native`) or on a PIN-pad reader (`pinpad`), never in the page.
import type { CryptoCertificate } from 'webcrypto-core';
import type * as FortifyClient from '@webcrypto-local/client';
import { checkSignatureAlgorithm } from '../tokens/algorithms.js';
import type { SignatureAlgorithm } from '../tokens/algorithms.js';
import { TokenError } from '../tokens/errors.js';
import { TypedEvents } from '../tokens/events.js';
import type { Unsubscribe } from '../tokens/events.js';
import { assertSecureContext } from '../tokens/guards.js';
import { exclusive, whilePresent } from '../tokens/presence.js';
import type {
  CardCertificate,
  CardInfo,
  PinEntry,
  ProviderStatus,
  ReaderInfo,
  TokenProvider,
  TokenProviderEventMap,
} from '../tokens/provider.js';
import { CLOSED_STATUS, statusError } from '../tokens/status.js';
import { mapFortifyError } from './errors.js';
import { certificateUsage, sha256Hex } from './der.js';

type Client = typeof FortifyClient;
type Socket = InstanceType<Client['SocketProvider']>;
type SocketCrypto = Awaited<ReturnType<Socket['getCrypto']>>;

/** Fortify's own address. */
export const FORTIFY_ADDRESS = '127.0.0.1:31337';

export interface FortifyTokenProviderOptions {
  /** host:port of the Fortify app (https/wss). Default `127.0.0.1:31337`. */
  address?: string;
  /**
   * Where the client keeps its identity (what Fortify approved): `browser` (IndexedDB
   * `webcrypto-remote`: a reload stays approved), `memory` (Node tools, tests: approve once per
   * provider). Default `browser` where IndexedDB exists, else `memory`.
   */
  storage?: 'browser' | 'memory';
  /** `native` (Fortify's PIN window, default) or `pinpad` (the reader's keypad). */
  pinEntry?: 'native' | 'pinpad';
  /** Time between connection attempts while Fortify is not running or the connection is lost. Default 2000 ms. */
  retryIntervalMs?: number;
  /** Limit for one card call (listing, signing). Default 30 s. */
  timeoutMs?: number;
  /** Limit for a login: the person types the PIN in Fortify's window. Default 5 min. */
  loginTimeoutMs?: number;
  /** Connect at construction (default true); otherwise at the first {@link FortifyTokenProvider.connect}. */
  autoConnect?: boolean;
  /** Loads the client; default `import('@webcrypto-local/client')`. Bundlers split it into its own chunk. */
  loadClient?: () => Promise<Client>;
}

interface Certificate {
  view: CardCertificate;
  item: CryptoCertificate;
  /** Fortify's certificate index (`x509-<handle>-<CKA_ID>`): what its own certificate picker names. */
  index: string;
}

/** What Fortify's certificate picker (`@peculiar/fortify-webcomponents`) reports for a selection. */
export interface FortifySelection {
  /** Fortify's provider id: the reader. */
  providerId: string;
  /** Fortify's certificate index in that provider. */
  certificateId: string;
  /** Fortify's index of the paired private key, when it found one. */
  privateKeyId?: string;
}

interface Reader {
  info: ReaderInfo;
  presence: AbortController;
  slot: { pending: boolean };
  crypto?: Promise<SocketCrypto>;
  certificates?: Promise<Certificate[]>;
}

interface ProviderProto {
  id: string;
  name: string;
  card?: string;
  token?: { label?: string; serialNumber?: string };
}

const CARD_NUMBER = /^[A-Z]{2}\d{14}$/;

function cardInfo(provider: ProviderProto): CardInfo {
  const label = provider.token?.label?.trim() || provider.name;
  const serial = provider.token?.serialNumber?.trim();
  const info: CardInfo = { id: serial || provider.id, label };
  const number = [label, serial].find((v) => v !== undefined && CARD_NUMBER.test(v));
  if (number) info.cardNumber = number;
  return info;
}

function copy(bytes: ArrayBuffer | Uint8Array): Uint8Array {
  return new Uint8Array(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).slice();
}

/**
 * A {@link TokenProvider} over Fortify. See docs/fortify.md. Status follows the connection:
 * `connecting` → `not-running` (retried) | `pairing` (code shown in the page and in Fortify) →
 * `ready` | `denied`; a lost connection is `disconnected` and retried.
 */
export class FortifyTokenProvider implements TokenProvider {
  readonly kind = 'fortify' as const;
  readonly pinEntry: PinEntry;
  readonly address: string;

  readonly #events = new TypedEvents<TokenProviderEventMap>();
  readonly #options: Required<Omit<FortifyTokenProviderOptions, 'address' | 'pinEntry' | 'storage'>> & {
    storage: 'browser' | 'memory' | undefined;
  };
  #status: ProviderStatus;
  #readers = new Map<string, Reader>();
  #client: Promise<Client> | undefined;
  #socket: Socket | undefined;
  #storage: Promise<FortifyClient.RatchetStorage> | undefined;
  #attempt: Promise<void> | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;
  #closed = false;

  constructor(options: FortifyTokenProviderOptions = {}) {
    this.address = options.address ?? FORTIFY_ADDRESS;
    if (!/^[^\s/:]+:\d{1,5}$/.test(this.address))
      throw new TypeError(`FortifyTokenProvider: address must be host:port, got ${this.address}`);
    this.pinEntry = options.pinEntry ?? 'native';
    if (this.pinEntry !== 'native' && this.pinEntry !== 'pinpad')
      throw new TypeError(`FortifyTokenProvider: pinEntry must be native or pinpad`);
    this.#options = {
      storage: options.storage,
      retryIntervalMs: options.retryIntervalMs ?? 2000,
      timeoutMs: options.timeoutMs ?? 30_000,
      loginTimeoutMs: options.loginTimeoutMs ?? 300_000,
      autoConnect: options.autoConnect ?? true,
      loadClient: options.loadClient ?? (() => import('@webcrypto-local/client')),
    };
    this.#status = { state: 'connecting' };
    if (this.#options.autoConnect) void this.connect().catch(() => undefined);
  }

  get status(): ProviderStatus {
    return this.#closed ? CLOSED_STATUS : this.#status;
  }

  connect(): Promise<void> {
    if (this.#closed) return Promise.reject(statusError(CLOSED_STATUS));
    if (this.#status.state === 'ready') return Promise.resolve();
    this.#attempt ??= this.#connect().finally(() => {
      this.#attempt = undefined;
    });
    return this.#attempt;
  }

  on<K extends keyof TokenProviderEventMap>(
    type: K,
    listener: (event: TokenProviderEventMap[K]) => void,
  ): Unsubscribe {
    if (this.#closed) return () => {};
    return this.#events.on(type, listener);
  }

  async listReaders(): Promise<ReaderInfo[]> {
    const socket = this.#ready();
    const info = await this.#call(socket.info(), 'listReaders');
    this.#sync(info.providers.filter((p) => p.token !== undefined) as ProviderProto[]);
    return [...this.#readers.values()].map((r) => r.info);
  }

  async getCard(readerId: string): Promise<CardInfo> {
    this.#ready();
    const card = this.#reader(readerId).info.card;
    if (!card) throw new TokenError('TOKEN_NOT_PRESENT', { details: { readerId } });
    return { ...card };
  }

  async listCertificates(readerId: string): Promise<CardCertificate[]> {
    this.#ready();
    const list = await this.#certificates(this.#reader(readerId));
    return list.map(({ view }) => ({ ...view, der: view.der.slice() }));
  }

  async login(readerId: string, pin?: string): Promise<void> {
    this.#ready();
    const reader = this.#reader(readerId);
    if (pin !== undefined) throw new TokenError('PAGE_PIN_NOT_ALLOWED', { details: { readerId } });
    assertSecureContext();
    await exclusive(reader.slot, readerId, async () => {
      const crypto = await this.#crypto(reader);
      if (await this.#call(crypto.isLoggedIn(), 'isLoggedIn', reader)) return;
      // Fortify asks for the PIN in its own window; no way to close it from here if the card goes.
      await this.#call(crypto.login(), 'login', reader, this.#options.loginTimeoutMs);
    });
  }

  async logout(readerId: string): Promise<void> {
    this.#ready();
    const reader = this.#reader(readerId);
    await exclusive(reader.slot, readerId, async () => {
      const crypto = await this.#crypto(reader);
      if (await this.#call(crypto.isLoggedIn(), 'isLoggedIn', reader)) {
        await this.#call(crypto.logout(), 'logout', reader);
      }
    });
  }

  async isLoggedIn(readerId: string): Promise<boolean> {
    this.#ready();
    const reader = this.#reader(readerId);
    const crypto = await this.#crypto(reader);
    return this.#call(crypto.isLoggedIn(), 'isLoggedIn', reader);
  }

  async sign(
    readerId: string,
    certificateId: string,
    data: Uint8Array,
    algorithm: SignatureAlgorithm,
  ): Promise<Uint8Array> {
    const allowed = checkSignatureAlgorithm(algorithm);
    this.#ready();
    const reader = this.#reader(readerId);
    assertSecureContext();
    return exclusive(reader.slot, readerId, async () => {
      const crypto = await this.#crypto(reader);
      const certificate = (await this.#certificates(reader)).find((c) => c.view.id === certificateId);
      if (!certificate) throw new TokenError('CERT_NOT_FOUND', { details: { readerId, certificateId } });
      if (!(await this.#call(crypto.isLoggedIn(), 'isLoggedIn', reader)))
        throw new TokenError('NOT_LOGGED_IN', { details: { readerId } });
      const key = await this.#call(
        crypto.certStorage.findPrivateKey(certificate.item),
        'findPrivateKey',
        reader,
      );
      if (!key) throw new TokenError('KEY_NOT_FOUND', { details: { readerId, certificateId } });
      // The card's key fixes the hash (WebCrypto keys carry it): ask only for what it can do.
      const keyAlgorithm = key.algorithm as { name?: string; hash?: { name?: string } | string };
      const keyHash = typeof keyAlgorithm.hash === 'string' ? keyAlgorithm.hash : keyAlgorithm.hash?.name;
      if (keyHash !== undefined && keyHash !== allowed.hash) {
        throw new TokenError('ALGORITHM_NOT_ALLOWED', {
          details: {
            readerId,
            algorithm: `${allowed.name}/${allowed.hash}`,
            allowed: [`RSASSA-PKCS1-v1_5/${keyHash}`, `RSA-PSS/${keyHash}`],
          },
        });
      }
      const params =
        allowed.name === 'RSA-PSS'
          ? { name: allowed.name, hash: allowed.hash, saltLength: allowed.saltLength }
          : { name: allowed.name, hash: allowed.hash };
      const signature = await this.#call(
        crypto.subtle.sign(params, key, new Uint8Array(data)),
        'sign',
        reader,
      );
      return copy(signature);
    });
  }

  /**
   * The reader and certificate, on this provider's own connection, of a certificate chosen in
   * Fortify's certificate picker (its `selectionSuccess` event): sign with
   * `sign(readerId, certificate.id, …)` afterwards. The certificate is matched by Fortify's index,
   * or by the CKA_ID part of it (the only part stable across sessions).
   * @throws READER_NOT_FOUND (no such provider holds a token), CERT_NOT_FOUND
   */
  async fromFortifySelection(
    selection: FortifySelection,
  ): Promise<{ readerId: string; certificate: CardCertificate }> {
    await this.listReaders();
    const reader = this.#reader(selection.providerId);
    const list = await this.#certificates(reader);
    const ckaId = (index: string) => index.split('-')[2];
    const found =
      list.find((c) => c.index === selection.certificateId) ??
      list.find((c) => ckaId(c.index) !== undefined && ckaId(c.index) === ckaId(selection.certificateId));
    if (!found) {
      throw new TokenError('CERT_NOT_FOUND', {
        details: { readerId: reader.info.id, certificateId: selection.certificateId },
      });
    }
    return { readerId: reader.info.id, certificate: { ...found.view, der: found.view.der.slice() } };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#generation++;
    clearTimeout(this.#retry);
    this.#events.clear();
    this.#dropReaders(
      new TokenError('PROVIDER_UNAVAILABLE', { details: { reason: 'closed', state: 'closed' } }),
    );
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.removeAllListeners();
    socket?.close();
  }

  // ── connection ─────────────────────────────────────────────────────────────────────────────

  #setStatus(status: ProviderStatus): void {
    if (this.#closed) return;
    const previous = this.#status;
    if (JSON.stringify(previous) === JSON.stringify(status)) return;
    this.#status = status;
    this.#events.emit('status-changed', { type: 'status-changed', status, previous });
  }

  #scheduleRetry(state: 'not-running' | 'disconnected'): void {
    clearTimeout(this.#retry);
    const retryInMs = this.#options.retryIntervalMs;
    this.#setStatus({ state, retryInMs });
    this.#retry = setTimeout(() => void this.connect().catch(() => undefined), retryInMs);
    (this.#retry as { unref?: () => void }).unref?.();
  }

  async #connect(): Promise<void> {
    clearTimeout(this.#retry);
    const generation = ++this.#generation;
    const stale = () => generation !== this.#generation || this.#closed;
    assertSecureContext();
    if (this.#status.state !== 'not-running' && this.#status.state !== 'disconnected')
      this.#setStatus({ state: 'connecting' });
    let client: Client;
    try {
      this.#client ??= this.#options.loadClient();
      client = await this.#client;
    } catch (error) {
      this.#client = undefined;
      throw new TokenError('PROVIDER_UNAVAILABLE', {
        // The client is @gepi/sdk's optional peer dependency: a Fortify user installs it.
        details: { reason: 'client-not-loaded', package: '@webcrypto-local/client' },
        cause: error,
      });
    }
    if (stale()) throw statusError(this.status) ?? new TokenError('PROVIDER_UNAVAILABLE');
    client.setEngine('WebCrypto', globalThis.crypto);
    this.#storage ??= this.#newStorage(client);
    const storage = await this.#storage;
    const old = this.#socket;
    old?.removeAllListeners();
    old?.close();
    const socket = new client.SocketProvider({ storage });
    this.#socket = socket;
    try {
      await new Promise<void>((resolve, reject) => {
        // connect() drops every listener first: subscribe after it.
        socket.connect(this.address);
        socket.once('listening', () => resolve());
        socket.once('error', (error: unknown) => reject(error));
        socket.once('close', () => reject(new Error('Socket connection is not open')));
      });
    } catch (error) {
      socket.removeAllListeners();
      socket.close();
      if (stale()) throw mapFortifyError(error);
      this.#socket = undefined;
      const wasReady = this.#status.state === 'disconnected';
      this.#scheduleRetry(wasReady ? 'disconnected' : 'not-running');
      throw new TokenError('PROVIDER_UNAVAILABLE', {
        details: { state: this.#status.state },
        cause: error,
      });
    }
    socket.removeAllListeners();
    socket.on('token', (event: { added?: ProviderProto[]; removed?: ProviderProto[] }) => {
      if (!stale()) this.#onToken(event);
    });
    // The client also fires a spurious `auth` with every token event: not listened to.
    socket.on('close', () => {
      if (stale()) return;
      this.#socket = undefined;
      this.#dropReaders(new TokenError('PROVIDER_UNAVAILABLE', { details: { state: 'disconnected' } }));
      this.#scheduleRetry('disconnected');
    });
    socket.on('error', () => undefined);
    try {
      if (!(await this.#call(socket.isLoggedIn(), 'isLoggedIn'))) {
        const code = await socket.challenge();
        if (stale()) return;
        this.#setStatus({ state: 'pairing', code });
        await this.#call(socket.login(), 'approval', undefined, this.#options.loginTimeoutMs);
      }
      if (stale()) return;
      const info = await this.#call(socket.info(), 'listReaders');
      this.#sync(info.providers.filter((p) => p.token !== undefined) as ProviderProto[]);
      this.#setStatus({ state: 'ready' });
    } catch (error) {
      const mapped = mapFortifyError(error);
      if (stale()) throw mapped;
      if (mapped.code === 'APPROVAL_REFUSED') {
        // Refused: no automatic retry (it would ask the person again and again); connect() asks again.
        socket.removeAllListeners();
        socket.close();
        this.#socket = undefined;
        this.#setStatus({ state: 'denied' });
        throw mapped;
      }
      if (this.#socket === socket) {
        socket.removeAllListeners();
        socket.close();
        this.#socket = undefined;
        this.#scheduleRetry('disconnected');
      }
      throw mapped;
    }
  }

  #newStorage(client: Client): Promise<FortifyClient.RatchetStorage> {
    const wanted = this.#options.storage ?? (typeof indexedDB === 'undefined' ? 'memory' : 'browser');
    const storage =
      wanted === 'memory' ? Promise.resolve(new client.MemoryStorage()) : client.BrowserStorage.create();
    // A failed IndexedDB open is retried at the next attempt.
    storage.catch(() => {
      this.#storage = undefined;
    });
    return storage;
  }

  // ── readers ────────────────────────────────────────────────────────────────────────────────

  #ready(): Socket {
    const error = statusError(this.status);
    if (error) throw error;
    if (!this.#socket) throw new TokenError('PROVIDER_UNAVAILABLE', { details: { state: 'disconnected' } });
    return this.#socket;
  }

  #reader(readerId: string): Reader {
    const reader = this.#readers.get(readerId);
    if (!reader) throw new TokenError('READER_NOT_FOUND', { details: { readerId } });
    return reader;
  }

  /** Brings the readers in line with Fortify's list, firing events for what changed. */
  #sync(providers: ProviderProto[]): void {
    const seen = new Set(providers.map((p) => p.id));
    const removed = [...this.#readers.values()].filter((r) => !seen.has(r.info.id));
    const added = providers.filter((p) => !this.#readers.has(p.id));
    if (removed.length === 0 && added.length === 0) return;
    this.#onToken({ added, removed: removed.map((r) => ({ id: r.info.id, name: r.info.name })) });
  }

  #onToken(event: { added?: ProviderProto[]; removed?: ProviderProto[] }): void {
    let changed = false;
    for (const provider of event.removed ?? []) {
      const reader = this.#readers.get(provider.id);
      if (!reader) continue;
      this.#readers.delete(provider.id);
      reader.presence.abort(new TokenError('TOKEN_NOT_PRESENT', { details: { readerId: provider.id } }));
      changed = true;
      this.#events.emit('card-removed', {
        type: 'card-removed',
        readerId: provider.id,
        cardId: reader.info.card?.id ?? provider.id,
      });
    }
    for (const provider of event.added ?? []) {
      if (!provider.token || this.#readers.has(provider.id)) continue;
      const card = cardInfo(provider);
      const info: ReaderInfo = {
        id: provider.id,
        name: provider.card || provider.name,
        cardPresent: true,
        card,
        pinEntry: this.pinEntry,
      };
      this.#readers.set(provider.id, { info, presence: new AbortController(), slot: { pending: false } });
      changed = true;
      this.#events.emit('card-inserted', { type: 'card-inserted', readerId: provider.id, card: { ...card } });
    }
    if (changed) {
      const readers = [...this.#readers.values()].map((r) => r.info);
      this.#events.emit('readers-changed', { type: 'readers-changed', readers });
    }
  }

  #dropReaders(reason: TokenError): void {
    for (const reader of this.#readers.values()) reader.presence.abort(reason);
    this.#readers.clear();
  }

  #crypto(reader: Reader): Promise<SocketCrypto> {
    const socket = this.#ready();
    reader.crypto ??= this.#call(socket.getCrypto(reader.info.id), 'getCrypto', reader);
    reader.crypto.catch(() => {
      reader.crypto = undefined;
    });
    return reader.crypto;
  }

  #certificates(reader: Reader): Promise<Certificate[]> {
    reader.certificates ??= (async () => {
      const crypto = await this.#crypto(reader);
      const indexes = await this.#call(crypto.certStorage.keys(), 'listCertificates', reader);
      const out: Certificate[] = [];
      for (const index of indexes.filter((i) => i.startsWith('x509'))) {
        const item = await this.#call(crypto.certStorage.getItem(index), 'listCertificates', reader);
        const raw = await this.#call(crypto.certStorage.exportCert('raw', item), 'listCertificates', reader);
        const der = copy(raw as ArrayBuffer);
        const label = (item as { label?: string }).label;
        out.push({
          item,
          index,
          view: {
            id: await sha256Hex(der),
            der,
            usage: certificateUsage(der),
            ...(label ? { label } : {}),
          },
        });
      }
      // Signing first: the card step takes the first signing certificate.
      out.sort((a, b) => Number(a.view.usage !== 'signing') - Number(b.view.usage !== 'signing'));
      return out;
    })();
    reader.certificates.catch(() => {
      reader.certificates = undefined;
    });
    return reader.certificates;
  }

  /**
   * Waits for a client call, with a time limit and, for a card call, only while the card is in
   * (a removal rejects with TOKEN_NOT_PRESENT at once). Every failure is mapped.
   */
  async #call<T>(
    work: Promise<T>,
    operation: string,
    reader?: Reader,
    timeoutMs = this.#options.timeoutMs,
  ): Promise<T> {
    work.catch(() => {});
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new TokenError('TOKEN_TIMEOUT', {
              details: { operation, timeoutMs, ...(reader ? { readerId: reader.info.id } : {}) },
            }),
          ),
        timeoutMs,
      );
    });
    try {
      const raced = Promise.race([work, timeout]);
      return await (reader ? whilePresent(reader.presence.signal, raced) : raced);
    } catch (error) {
      throw mapFortifyError(error, reader?.info.id);
    } finally {
      clearTimeout(timer);
    }
  }
}
