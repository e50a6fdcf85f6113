// Test harness: a real API server (startServer, SQLite on a temp file, real HTTP) seeded with the
// demo dataset, and a small client that signs in with the demo cards' private keys the way a
// card would: SHA-256(origin) || SHA-256(nonce), RSASSA-PKCS1-v1_5 / RSA-PSS.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import type assertModule from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signInMessage } from '@gepi/sdk/api';
import type { DemoPki, IssuedCard } from '@gepi/sdk/testing';
import { startServer } from '../../src/node.js';
import type { RunningServer, StartServerOptions } from '../../src/node.js';
import { NO_RATE_LIMITS } from '../../src/context.js';
import { assertAnswer } from './openapi-check.js';
import { sharedPki } from './pki.js';

export const ADMIN_TOKEN = 'test-reviewer-token-0123456789';
export const CLIENT_HEADER = 'x-test-client';

export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export type Algorithm = {
  name: 'RSASSA-PKCS1-v1_5' | 'RSA-PSS';
  hash: 'SHA-256' | 'SHA-384' | 'SHA-512';
  saltLength?: number;
};

/** What a challenge is asked for. */
export interface Binding {
  purpose: string;
  agencyCode?: string;
}

/** The binding of proof() and challenge() unless a test names another: assignment for 10002. */
export const DEFAULT_BINDING: Binding = { purpose: 'assignment', agencyCode: '10002' };

export const PKCS1_256: Algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

export class TestServer {
  constructor(
    readonly server: RunningServer,
    readonly pki: DemoPki,
    readonly dir: string,
  ) {}

  get url(): string {
    return this.server.url.replace(/\/$/, '');
  }

  /** The origin the tests sign for (allowed: the server's own). */
  get origin(): string {
    return `http://localhost:${this.server.port}`;
  }

  get store() {
    return this.server.store;
  }

  card(id: string): IssuedCard {
    return this.pki.card(id);
  }

  #openapi: Promise<Record<string, unknown>> | undefined;

  /** The document this server serves (GET /openapi.json; read over HTTP from a server in another process). */
  openapi(): Promise<Record<string, unknown>> {
    this.#openapi ??= this.server.api
      ? Promise.resolve(this.server.api.openapi())
      : fetch(`${this.url}/openapi.json`).then((r) => r.json() as Promise<Record<string, unknown>>);
    return this.#openapi;
  }

  /**
   * Fails (throws) when an answer is not what the server's OpenAPI document says for its operation
   * and status. `request` calls it on every answer; a test that calls fetch itself calls it too.
   */
  async checkAnswer(
    method: string,
    path: string,
    status: number,
    headers: Headers,
    text: string,
  ): Promise<void> {
    assertAnswer(await this.openapi(), method, path, status, headers, text);
  }

  async request<T = any>(
    method: string,
    path: string,
    options: { json?: unknown; body?: BodyInit; token?: string; headers?: Record<string, string> } = {},
  ): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { [CLIENT_HEADER]: 'default', ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    }
    let response: Response;
    try {
      response = await fetch(`${this.url}${path}`, { method, headers, body: body ?? null });
    } catch (error) {
      // undici says only "fetch failed"; the cause (ECONNRESET, ECONNREFUSED, a closed keep-alive
      // socket…) is what tells a real fault from a starved machine.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new Error(`${method} ${path}: fetch failed (${cause?.code ?? cause?.message ?? 'no cause'})`, {
        cause: error,
      });
    }
    const text = await response.text();
    await this.checkAnswer(method, path, response.status, response.headers, text);
    let parsed: unknown = text;
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json') && text !== '') parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  /** What each session token was opened for (the org step's purpose and agency): its citizen step's challenge names it. */
  readonly bindings = new Map<string, Binding>();

  async challenge(origin = this.origin, binding: Binding = DEFAULT_BINDING): Promise<string> {
    const r = await this.request('POST', '/api/v1/challenges', { json: { origin, ...binding } });
    if (r.status !== 201) throw new Error(`challenge failed: ${r.status} ${r.text}`);
    return r.body.nonce as string;
  }

  /** What a card and its middleware send: certificate, signature over origin + nonce, algorithm. */
  async proof(
    card: IssuedCard,
    options: {
      nonce?: string;
      origin?: string;
      algorithm?: Algorithm;
      signedOrigin?: string;
      /** What the challenge is asked for; default assignment for 10002. */
      binding?: Binding;
    } = {},
  ) {
    const origin = options.origin ?? this.origin;
    const nonce = options.nonce ?? (await this.challenge(origin, options.binding));
    const algorithm = options.algorithm ?? PKCS1_256;
    const key = await crypto.subtle.importKey(
      'pkcs8',
      await crypto.subtle.exportKey('pkcs8', card.signing.privateKey),
      { name: algorithm.name, hash: algorithm.hash },
      false,
      ['sign'],
    );
    const hashBytes = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 }[algorithm.hash];
    const signature = await crypto.subtle.sign(
      algorithm.name === 'RSA-PSS'
        ? { name: 'RSA-PSS', saltLength: algorithm.saltLength ?? hashBytes }
        : algorithm.name,
      key,
      await signInMessage(options.signedOrigin ?? origin, nonce),
    );
    return {
      nonce,
      origin,
      certificate: Buffer.from(card.signing.certificate).toString('base64'),
      signature: Buffer.from(signature).toString('base64'),
      algorithm,
      cardNumber: card.cardNumber,
    };
  }

  async orgSignIn(cardId: string, agencyCode: string, purpose: string, extra: Record<string, unknown> = {}) {
    const binding = { purpose, agencyCode };
    const proof = await this.proof(this.card(cardId), { binding });
    const result = await this.request('POST', '/api/v1/sign-ins/org', {
      json: { ...proof, agencyCode, purpose, ...extra },
    });
    if (typeof result.body?.token === 'string') this.bindings.set(result.body.token, binding);
    return result;
  }

  /** The binding of the citizen step: its session's, or the citizen-serial query's. */
  citizenBinding(token: string | undefined): Binding {
    return (
      (token !== undefined ? this.bindings.get(token) : undefined) ?? { purpose: 'query-citizen-serial' }
    );
  }

  async citizenSignIn(
    cardId: string,
    nationalId: string,
    token?: string,
    extra: Record<string, unknown> = {},
  ) {
    const proof = await this.proof(this.card(cardId), { binding: this.citizenBinding(token) });
    return this.request('POST', '/api/v1/sign-ins/citizen', {
      json: { ...proof, nationalId, ...extra },
      ...(token ? { token } : {}),
    });
  }

  /** Both card steps; returns the session token (throws with the problem if a step fails). */
  async session(
    purpose: string,
    agencyCode: string,
    orgCardId: string,
    citizenCardId: string,
    nationalId: string,
  ) {
    const org = await this.orgSignIn(orgCardId, agencyCode, purpose);
    if (org.status !== 201) throw new Error(`org sign-in failed: ${org.status} ${org.text}`);
    const token = org.body.token as string;
    const citizen = await this.citizenSignIn(citizenCardId, nationalId, token);
    if (citizen.status !== 200) throw new Error(`citizen sign-in failed: ${citizen.status} ${citizen.text}`);
    return token;
  }

  /** The manager session of a seeded agency: 10002 (林美惠) or 20003 (黃雅婷). */
  managerSession(agency: '10002' | '20003', purpose = 'assignment') {
    return agency === '10002'
      ? this.session(purpose, '10002', 'ORG-10002', 'CIT-LIN', 'F223456786')
      : this.session(purpose, '20003', 'ORG-20003', 'CIT-HUANG', 'K222333448');
  }

  admin<T = any>(method: string, path: string, json?: unknown) {
    return this.request<T>(method, `/api/v1/admin${path}`, {
      token: ADMIN_TOKEN,
      ...(json !== undefined ? { json } : {}),
    });
  }

  async close(): Promise<void> {
    await this.server.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function startTestServer(
  options: Partial<Omit<StartServerOptions, 'db'>> & { db?: string } = {},
): Promise<TestServer> {
  const pki = options.pki ?? (await sharedPki());
  const dir = mkdtempSync(join(tmpdir(), 'gepi-api-test-'));
  const server = await startServer({
    db: join(dir, 'gepi.sqlite'),
    seed: 'demo',
    adminToken: ADMIN_TOKEN,
    clientIdHeader: CLIENT_HEADER,
    logger: { warn: () => undefined, error: (m, f) => console.error(m, f) },
    ...options,
    pki,
    limits: { ...NO_RATE_LIMITS, ...options.limits },
  });
  return new TestServer(server, pki, dir);
}

/** Asserts a problem response and returns its body. */
export function expectProblem(
  assert: typeof assertModule,
  result: HttpResult,
  status: number,
  code: string,
): any {
  assert.equal(result.headers.get('content-type'), 'application/problem+json; charset=utf-8', result.text);
  assert.equal(result.body.code, code, result.text);
  assert.equal(result.status, status, result.text);
  assert.equal(result.body.status, status);
  assert.ok(result.body.i18n['zh-TW'].title.length > 0);
  assert.ok(result.body.i18n.en.detail.length > 0);
  assert.ok(typeof result.body.requestId === 'string');
  return result.body;
}
