// The flow scenarios' card desk over SoftHSM2: every demo card a file needs is provisioned once as
// its own token, and one Pkcs11TokenProvider reads them all. A desk decides which of those cards
// are "in a reader": its TokenProvider is the real provider seen through that choice — the slots
// of cards not put in look empty — so the flows pick cards as they would at a desk, while every
// certificate read, login and signature is the real provider's work on the real token.
//
// Why a view and not real removal: SoftHSM2 cannot put a token back once it is gone (moving its
// directory away reads as a pulled card, moving it back is never noticed), and a scenario puts the
// same card in again and again. Node only.
import { TokenError, TypedEvents } from '@gepi/sdk';
import type {
  CardCertificate,
  CardInfo,
  ProviderStatus,
  ReaderInfo,
  SignatureAlgorithm,
  TokenProvider,
  TokenProviderEventMap,
  Unsubscribe,
} from '@gepi/sdk';
import { Pkcs11TokenProvider } from '../../src/index.js';
import type { SoftHsmProvision } from '../../src/index.js';
import type { CardDesk, DeskFactory } from '../../../sdk/test/flows-harness.js';

interface Token {
  readerId: string;
  card: CardInfo;
}

/** The real provider, showing only the cards the desk has put in. */
class PresentCards implements TokenProvider {
  readonly kind = 'pkcs11' as const;
  readonly pinEntry;
  readonly #real: Pkcs11TokenProvider;
  readonly #events = new TypedEvents<TokenProviderEventMap>();
  /** Reader ids of the slots whose card is in. */
  readonly present = new Set<string>();
  #closed = false;

  constructor(real: Pkcs11TokenProvider) {
    this.#real = real;
    this.pinEntry = real.pinEntry;
  }

  put(token: Token): void {
    this.present.add(token.readerId);
    this.#events.emit('card-inserted', { type: 'card-inserted', readerId: token.readerId, card: token.card });
  }

  /**
   * As pulling the card out: logged out, then `card-removed` (the contract's order), both before
   * this returns, as the virtual desk does. The provider's logout calls C_Logout before it returns
   * its promise; a logout refused (a signature still running) leaves nothing to undo, since every
   * card step logs its card out itself.
   */
  take(token: Token): Promise<void> {
    if (!this.present.delete(token.readerId)) return Promise.resolve();
    const loggedOut = this.#real.logout(token.readerId).catch(() => undefined);
    this.#events.emit('card-removed', {
      type: 'card-removed',
      readerId: token.readerId,
      cardId: token.card.id,
    });
    return loggedOut;
  }

  get status(): ProviderStatus {
    return this.#closed ? { state: 'closed' } : this.#real.status;
  }

  async connect(): Promise<void> {
    this.#open();
    await this.#real.connect();
  }

  on<K extends keyof TokenProviderEventMap>(
    type: K,
    listener: (event: TokenProviderEventMap[K]) => void,
  ): Unsubscribe {
    return this.#closed ? () => {} : this.#events.on(type, listener);
  }

  async listReaders(): Promise<ReaderInfo[]> {
    this.#open();
    return (await this.#real.listReaders()).map((reader) => {
      if (this.present.has(reader.id)) return reader;
      const { card: _card, ...empty } = reader;
      return { ...empty, cardPresent: false };
    });
  }

  getCard(readerId: string): Promise<CardInfo> {
    return this.#present(readerId, () => this.#real.getCard(readerId));
  }

  listCertificates(readerId: string): Promise<CardCertificate[]> {
    return this.#present(readerId, () => this.#real.listCertificates(readerId));
  }

  login(readerId: string, pin?: string): Promise<void> {
    return this.#present(readerId, () => this.#real.login(readerId, pin));
  }

  async logout(readerId: string): Promise<void> {
    this.#open();
    if (this.present.has(readerId)) await this.#real.logout(readerId);
  }

  async isLoggedIn(readerId: string): Promise<boolean> {
    this.#open();
    return this.present.has(readerId) && this.#real.isLoggedIn(readerId);
  }

  sign(
    readerId: string,
    certificateId: string,
    data: Uint8Array,
    algorithm: SignatureAlgorithm,
  ): Promise<Uint8Array> {
    return this.#present(readerId, () => this.#real.sign(readerId, certificateId, data, algorithm));
  }

  /** Logs out the cards still in; the real provider stays open for the next desk. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#events.clear();
    for (const readerId of this.present) await this.#real.logout(readerId).catch(() => undefined);
    this.present.clear();
  }

  #open(): void {
    if (this.#closed) throw new TokenError('PROVIDER_UNAVAILABLE', { details: { reason: 'closed' } });
  }

  async #present<T>(readerId: string, work: () => Promise<T>): Promise<T> {
    this.#open();
    if (this.present.has(readerId)) return work();
    // An unknown reader is the real provider's to refuse; a known one holds no card for this desk.
    await this.#real.getCard(readerId).catch((error: unknown) => {
      if (error instanceof TokenError && error.code === 'READER_NOT_FOUND') throw error;
    });
    throw new TokenError('TOKEN_NOT_PRESENT', { details: { readerId } });
  }
}

class SoftHsmDesk implements CardDesk {
  readonly countsPinTries = false;
  readonly tokens: PresentCards;
  readonly #tokens: ReadonlyMap<string, Token>;
  /** The card in each of the desk's readers (by position). */
  readonly #slots: (string | undefined)[];

  constructor(real: Pkcs11TokenProvider, tokens: ReadonlyMap<string, Token>, readers: number) {
    this.tokens = new PresentCards(real);
    this.#tokens = tokens;
    this.#slots = Array.from({ length: readers }, () => undefined);
  }

  cardId(id: string): string {
    return this.#token(id).card.id;
  }

  insert(id: string, reader = 0): void {
    if (reader < 0 || reader >= this.#slots.length) throw new Error(`no reader ${reader}`);
    const token = this.#token(id);
    this.remove(reader);
    // One card cannot sit in two readers: moving it empties the other one.
    const elsewhere = this.#slots.indexOf(id);
    if (elsewhere !== -1) this.remove(elsewhere);
    this.#slots[reader] = id;
    this.tokens.put(token);
  }

  remove(reader = 0): void {
    const id = this.#slots[reader];
    if (id === undefined) return;
    this.#slots[reader] = undefined;
    void this.tokens.take(this.#token(id));
  }

  close(): Promise<void> {
    return this.tokens.close();
  }

  #token(id: string): Token {
    const token = this.#tokens.get(id);
    if (!token) throw new Error(`card ${id} was not provisioned into SoftHSM2 for this file`);
    return token;
  }
}

export interface SoftHsmDesks {
  /** Opens a desk for one scenario (pass it as the scenarios' `env.desk`). */
  desk: DeskFactory;
  /** The provider every desk reads through (one module load per process). */
  provider: Pkcs11TokenProvider;
  close(): Promise<void>;
}

/**
 * Desks over the tokens of one provisioning: loads the module with the provisioning's
 * SOFTHSM2_CONF (so load nothing else from SoftHSM in this process first) and reads each token's
 * card once. Polling is off: no token comes or goes while the desks run.
 */
export async function softHsmDesks(provision: SoftHsmProvision): Promise<SoftHsmDesks> {
  const provider = new Pkcs11TokenProvider({
    library: provision.library,
    env: provision.env,
    pollIntervalMs: 0,
  });
  const tokens = new Map<string, Token>();
  const readers = await provider.listReaders();
  for (const slot of provision.slots) {
    const reader = readers.find((r) => r.id === slot.readerId);
    if (!reader?.card) throw new Error(`SoftHSM2 lists no card ${slot.cardId} in ${slot.readerId}`);
    tokens.set(slot.cardId, { readerId: slot.readerId, card: reader.card });
  }
  return {
    desk: async (options = {}) => new SoftHsmDesk(provider, tokens, options.readers?.length ?? 1),
    provider,
    close: () => provider.close(),
  };
}
