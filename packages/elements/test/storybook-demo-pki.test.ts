// Where the flow stories' demo PKI comes from (stories/support/demo-pki.ts): the build's
// demo-pki.json, served here over real HTTP, is restored when it is fit; a missing, unreadable or
// stale one (its CRLs expired) is not used, and the fallback makes one (IndexedDB, which Node lacks,
// then issuance). Two real issuances: a fresh PKI and one issued 40 days ago (CRLs last 30 days).
import { strict as assert } from 'node:assert';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { demoPkiCrlsValidUntil, issueDemoPki, saveDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import { DEMO_PKI_MAX_AGE_MS, demoPkiFit, loadDemoPki } from '../stories/support/demo-pki.js';

const DAY_MS = 86_400_000;

describe('the flow stories’ demo PKI', { timeout: 180_000 }, () => {
  let fresh: DemoPki;
  let stale: DemoPki;
  let server: Server;
  let origin: string;
  let issued = 0;
  // The fallback's issuance: the fresh PKI (already issued), counted.
  const issue = async (): Promise<DemoPki> => {
    issued++;
    return fresh;
  };

  before(async () => {
    [fresh, stale] = await Promise.all([
      issueDemoPki(),
      issueDemoPki({ now: new Date(Date.now() - 40 * DAY_MS) }),
    ]);
    const files: Record<string, string> = {
      '/fresh.json': await saveDemoPki(fresh),
      '/stale.json': await saveDemoPki(stale),
      '/unreadable.json': '{"format":"gepi-demo-pki/0"}',
    };
    server = createServer((request, response) => {
      const body = files[request.url ?? ''];
      if (body === undefined) response.writeHead(404).end();
      else response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('restores a fit asset (the same keys and certificates) and issues nothing', async () => {
    issued = 0;
    const { pki, source } = await loadDemoPki({ asset: `${origin}/fresh.json`, issue });
    assert.equal(source, 'asset');
    assert.equal(issued, 0);
    assert.notEqual(pki, fresh);
    assert.equal(pki.issuedAt.toISOString(), fresh.issuedAt.toISOString());
    assert.deepEqual(
      pki.cards.map((c) => [c.id, c.serial, Buffer.from(c.signing.certificate).toString('hex')]),
      fresh.cards.map((c) => [c.id, c.serial, Buffer.from(c.signing.certificate).toString('hex')]),
    );
    // The restored private key signs what the fresh certificate's public key verifies.
    const card = pki.card('CIT-LIN');
    const data = new TextEncoder().encode('demo');
    const algorithm = { name: 'RSASSA-PKCS1-v1_5' };
    const signature = await crypto.subtle.sign(algorithm, card.signing.privateKey, data);
    assert.ok(
      await crypto.subtle.verify(algorithm, fresh.card('CIT-LIN').signing.publicKey, signature, data),
    );
  });

  for (const [what, path] of [
    ['a stale asset (CRLs expired)', '/stale.json'],
    ['a missing asset (404)', '/missing.json'],
    ['an unreadable asset', '/unreadable.json'],
  ] as const) {
    it(`falls back past ${what}: the PKI is issued`, async () => {
      issued = 0;
      const { pki, source } = await loadDemoPki({ asset: `${origin}${path}`, issue });
      assert.equal(source, 'issued');
      assert.equal(issued, 1);
      assert.equal(pki, fresh);
    });
  }

  it('falls back when there is no asset to ask for', async () => {
    issued = 0;
    const { source } = await loadDemoPki({ issue });
    assert.equal(source, 'issued');
    assert.equal(issued, 1);
  });

  it('uses a saved PKI only while its CRLs are valid and for at most a day', () => {
    const issuedAt = fresh.issuedAt.getTime();
    assert.equal(demoPkiFit(fresh, issuedAt), true);
    assert.equal(demoPkiFit(fresh, issuedAt + DEMO_PKI_MAX_AGE_MS), true);
    assert.equal(demoPkiFit(fresh, issuedAt + DEMO_PKI_MAX_AGE_MS + 1_000), false);
    const staleCrls = demoPkiCrlsValidUntil(stale)!.getTime();
    assert.ok(staleCrls < Date.now());
    assert.equal(demoPkiFit(stale, Date.now()), false);
    assert.equal(demoPkiFit(stale, stale.issuedAt.getTime() + 3_600_000), true);
  });
});
