// A Fortify-protocol server over SoftHSM2 tokens, for tests and the demo only. Written in this
// project from the protocol as the real, unmodified @webcrypto-local/client speaks it (see
// docs/fortify.md and TOOLCHAIN.md "Fortify"); it shares no code with the Fortify application.
//
//   GET https://<addr>/.well-known/webcrypto-socket → { version, name, preKey }
//   wss://<addr>: first frame PreKeyMessageProtocol, then MessageSignedProtocol both ways (2key-ratchet);
//   plaintexts are ActionProtos, answered with ResultProtos (same actionId); events have actionId ''.
//
// Each card is one SoftHSM2 token (provisionSoftHsm). A card is "in the reader" when the server says
// so: SoftHSM cannot take a token out and put it back, so insert/remove are the server's view, as a
// Fortify app sees a token appear and disappear. PINs come from a hook (Fortify asks in its window).
import { EventEmitter } from 'node:events';
import { createServer } from 'node:https';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import * as ratchet from '2key-ratchet';
import { challenge, SERVER_WELL_KNOWN } from '@webcrypto-local/core';
import * as Proto from '@webcrypto-local/proto';
import { Crypto as P11Crypto } from 'node-webcrypto-p11';
import type { CryptoKey as P11Key } from 'node-webcrypto-p11';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { selfSignedTls } from './tls.js';
import type { TlsMaterial } from './tls.js';

/** What the server needs of a SoftHSM2 provisioning (`provisionSoftHsm` from `@gepi/pkcs11`). */
export interface FortifyTokens {
  library: string;
  env: { SOFTHSM2_CONF: string };
  slots: readonly { cardId: string; label: string; tokenLabel: string; serial: string }[];
  cards: readonly { id: string; pin: string }[];
}

export interface PairingRequest {
  /** The 6-digit code the page shows; Fortify shows the same one. */
  code: string;
  /** The page's Origin header (`node` for a client without one). */
  origin: string;
}

export interface PinRequest {
  cardId: string;
  /** The provider id the client logs in to. */
  providerId: string;
  label: string;
  origin: string;
  /** Aborted when the card is taken out while the prompt is open. */
  signal: AbortSignal;
}

export interface FortifyTestServerOptions {
  tokens: FortifyTokens;
  /** Default 127.0.0.1; the server never listens elsewhere unless told. */
  host?: string;
  /** Default 0 (any free port); the CLI uses 31337, Fortify's. */
  port?: number;
  /** Card ids in a reader at start; default every provisioned card. */
  inserted?: readonly string[];
  /**
   * The person at Fortify's approval window: true approves the site, false refuses it. Default:
   * approve at once.
   */
  onPairing?: (request: PairingRequest) => boolean | Promise<boolean>;
  /**
   * The person at Fortify's PIN window: the PIN typed, or null for 取消. Default: the card's own PIN.
   */
  onPin?: (request: PinRequest) => string | null | Promise<string | null>;
}

/** Error codes the server answers with (ErrorProto.code); the messages carry CKR names where PKCS#11 failed. */
export const FORTIFY_ERROR = {
  NOT_APPROVED: 404,
  APPROVAL_REFUSED: 11,
  PIN_CANCELLED: 10,
  TOKEN_NOT_PRESENT: 20,
  UNKNOWN_ACTION: 501,
  FAILED: 500,
} as const;

class ServerError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

interface Card {
  cardId: string;
  label: string;
  tokenLabel: string;
  serial: string;
  pin: string;
  providerId: string;
  crypto: P11Crypto;
  present: boolean;
  /** Aborted when the card is removed: pending PIN prompts and logins end. */
  presence: AbortController;
}

interface Connection {
  socket: WebSocket;
  origin: string;
  cipher?: ratchet.AsymmetricRatchet;
  clientKey?: string;
  inbox: Promise<void>;
  outbox: Promise<void>;
}

const enc = new TextEncoder();
const flag = (value: boolean) => new Uint8Array([value ? 1 : 0]).buffer;
const utf8 = (text: string) => enc.encode(text).buffer as ArrayBuffer;

function hex(text: string): string {
  return Buffer.from(text, 'utf8').toString('hex');
}

/** Item ids travel as hex bytes (the protos convert them); ours are the storage indexes, hex-encoded. */
function fromHex(id: string): string {
  return Buffer.from(id, 'hex').toString('utf8');
}

/**
 * Events: `pairing` (PairingRequest), `pin` (cardId), `token` ({ added, removed } card ids),
 * `listening` (address), `stopped`.
 */
export class FortifyTestServer extends EventEmitter {
  onPairing: NonNullable<FortifyTestServerOptions['onPairing']>;
  onPin: NonNullable<FortifyTestServerOptions['onPin']>;
  readonly host: string;
  #port: number;
  readonly #cards = new Map<string, Card>();
  readonly #approved = new Set<string>();
  readonly #connections = new Set<Connection>();
  #identity!: ratchet.Identity;
  #preKey = '';
  #tls!: TlsMaterial;
  #https: HttpsServer | undefined;
  #wss: WebSocketServer | undefined;

  private constructor(options: FortifyTestServerOptions) {
    super();
    this.host = options.host ?? '127.0.0.1';
    this.#port = options.port ?? 0;
    this.onPairing = options.onPairing ?? (() => true);
    this.onPin = options.onPin ?? ((request) => this.pinOf(request.cardId));
  }

  /** Opens the tokens, makes the identity and the TLS certificate, and listens. */
  static async start(options: FortifyTestServerOptions): Promise<FortifyTestServer> {
    ratchet.setEngine('NodeJS', globalThis.crypto);
    const server = new FortifyTestServer(options);
    server.#openTokens(options.tokens, options.inserted);
    server.#identity = await ratchet.Identity.create(1, 1, 0, false);
    const bundle = new ratchet.PreKeyBundleProtocol();
    bundle.registrationId = 0;
    await bundle.identity.fill(server.#identity);
    const signed = server.#identity.signedPreKeys[0];
    if (!signed) throw new Error('no signed pre-key');
    bundle.preKeySigned.id = 0;
    bundle.preKeySigned.key = signed.publicKey;
    await bundle.preKeySigned.sign(server.#identity.signingKey.privateKey);
    server.#preKey = Buffer.from(await bundle.exportProto()).toString('base64');
    server.#tls = await selfSignedTls(server.host);
    await server.#listen();
    return server;
  }

  /** `127.0.0.1:<port>`: what the client connects to. */
  get address(): string {
    return `${this.host}:${this.#port}`;
  }

  get port(): number {
    return this.#port;
  }

  /** The server's TLS certificate (trust it, or ignore certificate errors in tests). */
  get certificatePem(): string {
    return this.#tls.cert;
  }

  get running(): boolean {
    return this.#https !== undefined;
  }

  /** The provisioned cards, with their PINs and whether they are in a reader. */
  cards(): { cardId: string; label: string; pin: string; providerId: string; present: boolean }[] {
    return [...this.#cards.values()].map((c) => ({
      cardId: c.cardId,
      label: c.label,
      pin: c.pin,
      providerId: c.providerId,
      present: c.present,
    }));
  }

  pinOf(cardId: string): string {
    return this.#card(cardId).pin;
  }

  /** Puts a card into a reader: the token appears (`provider/event/token` with `added`). */
  insert(cardId: string): void {
    const card = this.#card(cardId);
    if (card.present) return;
    card.present = true;
    card.presence = new AbortController();
    this.#broadcastToken([card], []);
  }

  /** Takes a card out: it is logged out, a pending PIN prompt on it ends, the token disappears. */
  remove(cardId: string): void {
    const card = this.#card(cardId);
    if (!card.present) return;
    card.present = false;
    card.presence.abort();
    if (card.crypto.isLoggedIn) {
      try {
        card.crypto.logout();
      } catch {
        // Logged out already.
      }
    }
    this.#broadcastToken([], [card]);
  }

  /** Forgets every approved client: the next connection pairs again. */
  forgetApprovals(): void {
    this.#approved.clear();
  }

  /** Stops listening and drops every connection (Fortify quit). The cards and approvals stay. */
  async stop(): Promise<void> {
    const https = this.#https;
    if (!https) return;
    this.#https = undefined;
    for (const connection of this.#connections) connection.socket.terminate();
    this.#connections.clear();
    this.#wss?.close();
    this.#wss = undefined;
    https.closeAllConnections();
    await new Promise<void>((resolve) => https.close(() => resolve()));
    this.emit('stopped');
  }

  /** Listens again on the same port (Fortify started again). */
  async restart(): Promise<void> {
    if (this.#https) return;
    await this.#listen();
  }

  /** Stops and closes the tokens. */
  async close(): Promise<void> {
    await this.stop();
    for (const card of this.#cards.values()) {
      try {
        card.crypto.close();
      } catch {
        // Already closed.
      }
    }
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────

  #card(cardId: string): Card {
    const card = this.#cards.get(cardId);
    if (!card) throw new Error(`FortifyTestServer: no card ${cardId}`);
    return card;
  }

  #openTokens(tokens: FortifyTokens, inserted: readonly string[] | undefined): void {
    // SoftHSM reads its configuration when the module loads: before the first token is opened.
    process.env['SOFTHSM2_CONF'] = tokens.env.SOFTHSM2_CONF;
    const wanted = new Map(tokens.slots.map((slot) => [slot.serial, slot]));
    // Slot indexes count every slot with a token, including SoftHSM's spare uninitialised one.
    for (let index = 0; index <= tokens.slots.length + 1 && wanted.size > 0; index++) {
      let crypto: P11Crypto;
      try {
        crypto = new P11Crypto({ library: tokens.library, slot: index, readWrite: true });
      } catch {
        continue; // CKR_TOKEN_NOT_RECOGNIZED (the spare slot) or past the last slot.
      }
      const serial = crypto.token.serialNumber.trim();
      const slot = wanted.get(serial);
      if (!slot) {
        crypto.close();
        continue;
      }
      wanted.delete(serial);
      const pin = tokens.cards.find((c) => c.id === slot.cardId)?.pin;
      if (pin === undefined) throw new Error(`FortifyTestServer: no PIN for ${slot.cardId}`);
      this.#cards.set(slot.cardId, {
        cardId: slot.cardId,
        label: slot.label,
        tokenLabel: slot.tokenLabel,
        serial,
        pin,
        providerId: hex(`gepi-${serial}`),
        crypto,
        present: inserted ? inserted.includes(slot.cardId) : true,
        presence: new AbortController(),
      });
    }
    if (wanted.size > 0)
      throw new Error(`FortifyTestServer: tokens not found: ${[...wanted.keys()].join(', ')}`);
  }

  async #listen(): Promise<void> {
    const https = createServer({ cert: this.#tls.cert, key: this.#tls.key }, (request, response) => {
      const headers = {
        'access-control-allow-origin': '*',
        'content-type': 'application/json',
        'cache-control': 'no-store',
      };
      if (request.method === 'GET' && request.url === SERVER_WELL_KNOWN) {
        response.writeHead(200, headers);
        response.end(JSON.stringify({ version: '1.10.0', name: 'webcrypto-socket', preKey: this.#preKey }));
        return;
      }
      response.writeHead(404, headers);
      response.end('{}');
    });
    const wss = new WebSocketServer({ server: https });
    wss.on('connection', (socket, request) => this.#accept(socket, request.headers.origin ?? 'node'));
    await new Promise<void>((resolve, reject) => {
      https.once('error', reject);
      https.listen(this.#port, this.host, () => {
        https.off('error', reject);
        resolve();
      });
    });
    this.#port = (https.address() as AddressInfo).port;
    this.#https = https;
    this.#wss = wss;
    this.emit('listening', this.address);
  }

  #accept(socket: WebSocket, origin: string): void {
    const connection: Connection = { socket, origin, inbox: Promise.resolve(), outbox: Promise.resolve() };
    this.#connections.add(connection);
    socket.on('close', () => this.#connections.delete(connection));
    socket.on('error', () => socket.terminate());
    socket.on('message', (data: RawData) => {
      const bytes = toArrayBuffer(data);
      // Frames are decrypted strictly in order: the first one sets up the cipher.
      connection.inbox = connection.inbox
        .then(() => this.#open(connection, bytes))
        .then(
          (action) => void this.#handle(connection, action),
          () => socket.terminate(),
        );
    });
  }

  async #open(connection: Connection, bytes: ArrayBuffer): Promise<Proto.ActionProto> {
    let plain: ArrayBuffer;
    if (!connection.cipher) {
      const first = await ratchet.PreKeyMessageProtocol.importProto(bytes);
      connection.cipher = await ratchet.AsymmetricRatchet.create(this.#identity, first);
      connection.clientKey = await connection.cipher.remoteIdentity.signingKey.thumbprint();
      plain = await connection.cipher.decrypt(first.signedMessage);
    } else {
      plain = await connection.cipher.decrypt(await ratchet.MessageSignedProtocol.importProto(bytes));
    }
    return Proto.ActionProto.importProto(plain);
  }

  #send(connection: Connection, message: Proto.ActionProto): Promise<void> {
    const work = connection.outbox.then(async () => {
      const cipher = connection.cipher;
      if (!cipher || connection.socket.readyState !== connection.socket.OPEN) return;
      const signed = await cipher.encrypt(await message.exportProto());
      connection.socket.send(await signed.exportProto());
    });
    connection.outbox = work.catch(() => undefined);
    return work;
  }

  async #handle(connection: Connection, action: Proto.ActionProto): Promise<void> {
    const result = new Proto.ResultProto(action);
    try {
      const data = await this.#dispatch(connection, action);
      result.status = true;
      if (data !== undefined) result.data = data;
    } catch (error) {
      result.status = false;
      const e = error instanceof ServerError ? error : undefined;
      const message = error instanceof Error ? error.message : String(error);
      result.error = new Proto.ErrorProto(message || 'Error', e?.code ?? FORTIFY_ERROR.FAILED, 'error');
    }
    await this.#send(connection, result).catch(() => undefined);
  }

  async #dispatch(connection: Connection, action: Proto.ActionProto): Promise<ArrayBuffer | undefined> {
    const raw = await action.exportProto();
    const approved = connection.clientKey !== undefined && this.#approved.has(connection.clientKey);
    switch (action.action) {
      case Proto.ServerIsLoggedInActionProto.ACTION:
        return flag(approved);
      case Proto.ServerLoginActionProto.ACTION:
        if (!approved) await this.#pair(connection);
        return undefined;
    }
    if (!approved) throw new ServerError('Not authorized', FORTIFY_ERROR.NOT_APPROVED);
    switch (action.action) {
      case Proto.ProviderInfoActionProto.ACTION: {
        const info = new Proto.ProviderInfoProto();
        info.name = 'GEPI Fortify test server';
        info.providers = [...this.#cards.values()].filter((c) => c.present).map(providerProto);
        return info.exportProto();
      }
      case Proto.ProviderGetCryptoActionProto.ACTION: {
        const proto = await Proto.ProviderGetCryptoActionProto.importProto(raw);
        this.#present(proto.cryptoID);
        return undefined;
      }
      case Proto.IsLoggedInActionProto.ACTION: {
        const proto = await Proto.IsLoggedInActionProto.importProto(raw);
        return flag(this.#present(proto.providerID).crypto.isLoggedIn);
      }
      case Proto.LoginActionProto.ACTION: {
        const proto = await Proto.LoginActionProto.importProto(raw);
        await this.#login(connection, this.#present(proto.providerID));
        return undefined;
      }
      case Proto.LogoutActionProto.ACTION: {
        const proto = await Proto.LogoutActionProto.importProto(raw);
        const card = this.#present(proto.providerID);
        if (card.crypto.isLoggedIn) card.crypto.logout();
        return undefined;
      }
      case Proto.KeyStorageKeysActionProto.ACTION: {
        const proto = await Proto.KeyStorageKeysActionProto.importProto(raw);
        return utf8((await this.#present(proto.providerID).crypto.keyStorage.keys()).join(','));
      }
      case Proto.KeyStorageGetItemActionProto.ACTION: {
        const proto = await Proto.KeyStorageGetItemActionProto.importProto(raw);
        const card = this.#present(proto.providerID);
        const key = await card.crypto.keyStorage.getItem(proto.key);
        return (await keyProto(card.providerId, proto.key, key)).exportProto();
      }
      case Proto.CertificateStorageKeysActionProto.ACTION: {
        const proto = await Proto.CertificateStorageKeysActionProto.importProto(raw);
        return utf8((await this.#present(proto.providerID).crypto.certStorage.keys()).join(','));
      }
      case Proto.CertificateStorageGetItemActionProto.ACTION: {
        const proto = await Proto.CertificateStorageGetItemActionProto.importProto(raw);
        const card = this.#present(proto.providerID);
        return (await this.#certProto(card, proto.key)).exportProto();
      }
      case Proto.CertificateStorageIndexOfActionProto.ACTION: {
        const proto = await Proto.CertificateStorageIndexOfActionProto.importProto(raw);
        const card = this.#present(proto.providerID);
        const keys = await card.crypto.certStorage.keys();
        const index = fromHex(proto.item.id);
        return keys.includes(index) ? utf8(index) : undefined;
      }
      case Proto.CertificateStorageExportActionProto.ACTION: {
        const proto = await Proto.CertificateStorageExportActionProto.importProto(raw);
        const card = this.#present(proto.providerID);
        const cert = await card.crypto.certStorage.getItem(fromHex(proto.item.id));
        return (await card.crypto.certStorage.exportCert('raw', cert)) as ArrayBuffer;
      }
      case Proto.SignActionProto.ACTION: {
        const proto = await Proto.SignActionProto.importProto(raw);
        const card = this.#present(proto.providerID);
        if (!card.crypto.isLoggedIn) throw new ServerError('CKR_USER_NOT_LOGGED_IN', FORTIFY_ERROR.FAILED);
        const key = await card.crypto.keyStorage.getItem(fromHex(proto.key.id));
        const algorithm = proto.algorithm.toAlgorithm() as AlgorithmIdentifier;
        return card.crypto.subtle.sign(algorithm, key, proto.data);
      }
      default:
        throw new ServerError(`Action '${action.action}' is not supported`, FORTIFY_ERROR.UNKNOWN_ACTION);
    }
  }

  async #pair(connection: Connection): Promise<void> {
    const cipher = connection.cipher;
    if (!cipher || !connection.clientKey) throw new ServerError('Not authorized', FORTIFY_ERROR.NOT_APPROVED);
    const code = await challenge(this.#identity.signingKey.publicKey, cipher.remoteIdentity.signingKey);
    const request = { code, origin: connection.origin };
    this.emit('pairing', request);
    const allowed = await this.onPairing(request);
    if (!allowed) throw new ServerError('The origin was not approved', FORTIFY_ERROR.APPROVAL_REFUSED);
    this.#approved.add(connection.clientKey);
  }

  async #login(connection: Connection, card: Card): Promise<void> {
    if (card.crypto.isLoggedIn) return;
    const presence = card.presence;
    const request: PinRequest = {
      cardId: card.cardId,
      providerId: card.providerId,
      label: card.label,
      origin: connection.origin,
      signal: presence.signal,
    };
    this.emit('pin', card.cardId);
    const removed = new Promise<never>((_, reject) => {
      const fail = () => reject(new ServerError('CKR_TOKEN_NOT_PRESENT', FORTIFY_ERROR.TOKEN_NOT_PRESENT));
      if (presence.signal.aborted) fail();
      else presence.signal.addEventListener('abort', fail, { once: true });
    });
    const pin = await Promise.race([Promise.resolve(this.onPin(request)), removed]);
    if (pin === null)
      throw new ServerError('PIN entry was cancelled by the user', FORTIFY_ERROR.PIN_CANCELLED);
    if (presence.signal.aborted)
      throw new ServerError('CKR_TOKEN_NOT_PRESENT', FORTIFY_ERROR.TOKEN_NOT_PRESENT);
    // graphene's error message names the CKR (CKR_PIN_INCORRECT, CKR_PIN_LOCKED…): passed on as is.
    card.crypto.login(pin);
  }

  #present(providerId: string): Card {
    const card = [...this.#cards.values()].find((c) => c.providerId === providerId);
    if (!card || !card.present)
      throw new ServerError('CKR_TOKEN_NOT_PRESENT', FORTIFY_ERROR.TOKEN_NOT_PRESENT);
    return card;
  }

  async #certProto(card: Card, index: string): Promise<Proto.CryptoX509CertificateProto> {
    const cert = await card.crypto.certStorage.getItem(index);
    if (cert.type !== 'x509')
      throw new ServerError(`Not an X.509 certificate: ${index}`, FORTIFY_ERROR.FAILED);
    const x = cert as unknown as {
      serialNumber: string;
      issuerName: string;
      subjectName: string;
      notBefore: Date;
      notAfter: Date;
      label: string;
      publicKey: P11Key;
    };
    const proto = new Proto.CryptoX509CertificateProto();
    proto.providerID = card.providerId;
    proto.id = hex(index);
    proto.type = 'x509';
    proto.serialNumber = x.serialNumber;
    proto.issuerName = x.issuerName;
    proto.subjectName = x.subjectName;
    proto.notBefore = x.notBefore;
    proto.notAfter = x.notAfter;
    proto.label = x.label ?? '';
    proto.token = true;
    proto.sensitive = false;
    proto.publicKey = await keyProto(card.providerId, index.replace(/^x509-/, 'public-'), x.publicKey);
    return proto;
  }

  #broadcastToken(added: Card[], removed: Card[]): void {
    this.emit('token', { added: added.map((c) => c.cardId), removed: removed.map((c) => c.cardId) });
    const event = new Proto.ProviderTokenEventProto();
    event.added = added.map(providerProto);
    event.removed = removed.map(providerProto);
    event.actionId = '';
    for (const connection of this.#connections) {
      if (connection.clientKey && this.#approved.has(connection.clientKey)) {
        void this.#send(connection, event).catch(() => undefined);
      }
    }
  }
}

function providerProto(card: Card): Proto.ProviderCryptoProto {
  const token = new Proto.TokenInfoProto();
  token.label = card.tokenLabel;
  token.serialNumber = card.serial;
  token.manufacturerID = 'SoftHSM project';
  token.model = 'SoftHSM v2';
  token.flags = 0;
  const provider = new Proto.ProviderCryptoProto();
  provider.id = card.providerId;
  provider.name = card.label;
  provider.card = card.label;
  provider.readOnly = false;
  provider.algorithms = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'SHA-256', 'SHA-384', 'SHA-512'];
  provider.isRemovable = true;
  provider.isHardware = true;
  provider.atr = '';
  provider.library = 'softhsm2';
  provider.token = token;
  return provider;
}

async function keyProto(providerId: string, index: string, key: P11Key): Promise<Proto.CryptoKeyProto> {
  const proto = new Proto.CryptoKeyProto();
  proto.providerID = providerId;
  proto.id = hex(index);
  proto.type = key.type;
  const algorithm = { ...(key.algorithm as unknown as Record<string, unknown>) };
  // AlgorithmProto wants `hash` as { name }.
  if (typeof algorithm['hash'] === 'string') algorithm['hash'] = { name: algorithm['hash'] };
  const { publicExponent: _e, ...withoutExponent } = algorithm;
  proto.algorithm = withoutExponent as unknown as Algorithm;
  proto.extractable = key.extractable;
  proto.usages = [...key.usages];
  return proto;
}

function toArrayBuffer(data: RawData): ArrayBuffer {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}
