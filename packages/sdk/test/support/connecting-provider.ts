// A provider with a connection life, for testing what the flows and elements make of a status
// other than `ready` without the Fortify test server: the virtual reader behind a switchable
// connection. Card calls go through the same `statusError` gate the Fortify provider uses.
import { TypedEvents, statusError } from '../../src/tokens/index.js';
import type {
  CardCertificate,
  CardInfo,
  ProviderStatus,
  ReaderInfo,
  SignatureAlgorithm,
  TokenProvider,
  TokenProviderEventMap,
  Unsubscribe,
} from '../../src/tokens/index.js';
import type { VirtualTokenProvider } from '../../src/virtual.js';

export class ConnectingProvider implements TokenProvider {
  readonly kind = 'fortify' as const;
  readonly pinEntry;
  readonly #events = new TypedEvents<TokenProviderEventMap>();
  #status: ProviderStatus;
  /** How many times connect() was called. */
  connects = 0;

  constructor(
    readonly inner: VirtualTokenProvider,
    status: ProviderStatus = { state: 'connecting' },
  ) {
    this.pinEntry = inner.pinEntry;
    this.#status = status;
    for (const type of ['card-inserted', 'card-removed', 'readers-changed'] as const) {
      inner.on(type, (event) => {
        if (this.#status.state === 'ready') this.#events.emit(type, event as never);
      });
    }
  }

  get status(): ProviderStatus {
    return this.#status;
  }

  /** The card component's side: moves to a new status and announces it. */
  set(status: ProviderStatus): void {
    const previous = this.#status;
    this.#status = status;
    this.#events.emit('status-changed', { type: 'status-changed', status, previous });
  }

  async connect(): Promise<void> {
    this.connects++;
    const error = statusError(this.#status);
    if (error) throw error;
  }

  on<K extends keyof TokenProviderEventMap>(
    type: K,
    listener: (event: TokenProviderEventMap[K]) => void,
  ): Unsubscribe {
    return this.#events.on(type, listener);
  }

  #gate(): void {
    const error = statusError(this.#status);
    if (error) throw error;
  }

  async listReaders(): Promise<ReaderInfo[]> {
    this.#gate();
    return this.inner.listReaders();
  }
  async getCard(readerId: string): Promise<CardInfo> {
    this.#gate();
    return this.inner.getCard(readerId);
  }
  async listCertificates(readerId: string): Promise<CardCertificate[]> {
    this.#gate();
    return this.inner.listCertificates(readerId);
  }
  async login(readerId: string, pin?: string): Promise<void> {
    this.#gate();
    return this.inner.login(readerId, pin);
  }
  async logout(readerId: string): Promise<void> {
    return this.inner.logout(readerId);
  }
  async isLoggedIn(readerId: string): Promise<boolean> {
    this.#gate();
    return this.inner.isLoggedIn(readerId);
  }
  async sign(
    readerId: string,
    certificateId: string,
    data: Uint8Array,
    algorithm: SignatureAlgorithm,
  ): Promise<Uint8Array> {
    this.#gate();
    return this.inner.sign(readerId, certificateId, data, algorithm);
  }
  async close(): Promise<void> {
    this.#status = { state: 'closed' };
    this.#events.clear();
    await this.inner.close();
  }
}
