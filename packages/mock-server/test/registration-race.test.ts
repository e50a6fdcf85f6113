// "One registration per agency" is the database's rule, not only the service's. Here 20 first
// registrations of one agency race *below* the service's own check: the store answers the
// service's "is the agency registered yet?" as a read made before any of them committed would
// (every request passes the check, as requests in several server processes on one file can), so
// only the registrations table's unique key stands between them and 20 registrations. The API,
// the SQLite file and the card sign-ins are real; only that one read is held back.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { signInMessage } from '@gepi/sdk/api';
import type { DemoPki } from '@gepi/sdk/testing';
import { createRegistrationApi } from '../src/app.js';
import type { RegistrationApi } from '../src/app.js';
import { NO_RATE_LIMITS } from '../src/context.js';
import { cardDetailsFromPki, demoSeed, trustFromPki } from '../src/demo.js';
import { SqliteStore } from '../src/store/driver-node.js';
import type { RegistrationRecord } from '../src/store/types.js';
import { sharedPki } from './support/pki.js';

/** A SQLite store whose registration look-up can answer as if read before the others committed. */
class StaleReadStore extends SqliteStore {
  stale = false;
  override getRegistration(agencyCode: string): RegistrationRecord | undefined {
    return this.stale ? undefined : super.getRegistration(agencyCode);
  }
}

const origin = 'http://race.test';
let pki: DemoPki;
let dir: string;
let store: StaleReadStore;
let api: RegistrationApi;

before(async () => {
  pki = await sharedPki();
  dir = mkdtempSync(join(tmpdir(), 'gepi-race-'));
  store = new StaleReadStore({ path: join(dir, 'gepi.sqlite') });
  const seed = demoSeed(new Date(), cardDetailsFromPki(pki));
  store.seed(seed.data, seed.audit);
  api = createRegistrationApi({
    store,
    trust: trustFromPki(pki),
    origins: [origin],
    logger: { warn: () => undefined, error: () => undefined },
    limits: { ...NO_RATE_LIMITS },
  });
  await api.ready;
});
after(() => {
  api.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(path: string, json: unknown, token?: string) {
  const response = await api.fetch(
    new Request(`http://api.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(json),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function proof(cardId: string) {
  const card = pki.card(cardId);
  const challenge = await post('/api/v1/challenges', {
    origin,
    purpose: 'first-registration',
    agencyCode: '10001',
  });
  const nonce = challenge.body['nonce'] as string;
  const signature = await crypto.subtle.sign(
    'RSASSA-PKCS1-v1_5',
    card.signing.privateKey,
    await signInMessage(origin, nonce),
  );
  return {
    nonce,
    origin,
    certificate: Buffer.from(card.signing.certificate).toString('base64'),
    signature: Buffer.from(signature).toString('base64'),
    algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  };
}

it('20 registrations that all passed the service’s check: the database’s unique key lets exactly one through', async () => {
  const tokens: string[] = [];
  for (let i = 0; i < 20; i++) {
    const org = await post('/api/v1/sign-ins/org', {
      ...(await proof('ORG-10001')),
      purpose: 'first-registration',
      agencyCode: '10001',
    });
    assert.equal(org.status, 201, JSON.stringify(org.body));
    const token = org.body['token'] as string;
    const citizen = await post(
      '/api/v1/sign-ins/citizen',
      { ...(await proof('CIT-WANG')), nationalId: 'A123456789' },
      token,
    );
    assert.equal(citizen.status, 200, JSON.stringify(citizen.body));
    tokens.push(token);
  }

  store.stale = true;
  const contact = { name: '王大明', email: 'wang.daming@example.org', phone: '02-2701-3411' };
  const results = await Promise.all(tokens.map((token) => post('/api/v1/registrations', contact, token)));
  store.stale = false;

  const statuses = results.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 201).length, 1, statuses.join(','));
  for (const r of results.filter((x) => x.status !== 201)) {
    assert.equal(r.status, 409);
    assert.equal(r.body['code'], 'ALREADY_REGISTERED');
  }
  // One registration, one receipt, one audit entry: the first, not replaced by a later one.
  const winner = results.findIndex((r) => r.status === 201);
  assert.equal(store.listReceipts('10001').length, 1);
  const audits = store.listAudit({ agencyCode: '10001', limit: 100 });
  assert.equal(audits.filter((a) => a.action === 'registration.created').length, 1);
  assert.equal(store.getRegistration('10001')?.registeredAt, results[winner]!.body['registeredAt']);
});
