// The demo PKI is kept with the database: a server started again on the same SQLite file reuses
// the CAs and cards (same certificates, same keys) it issued at its first start, so a card
// provisioned from the first start (a SoftHSM2 token, a virtual reader) still signs in; `reset`
// issues a new PKI, which the old cards no longer sign in against.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import type { DemoPki } from '@gepi/sdk/testing';
import { startServer } from '../src/node.js';
import type { RunningServer, StartServerOptions } from '../src/node.js';
import { CLIENT_HEADER, TestServer, expectProblem } from './support/server.js';

const dir = mkdtempSync(join(tmpdir(), 'gepi-demo-pki-'));
const db = join(dir, 'gepi.sqlite');
after(() => rmSync(dir, { recursive: true, force: true }));

const start = (options: Partial<StartServerOptions> = {}) =>
  startServer({
    db,
    seed: 'demo',
    clientIdHeader: CLIENT_HEADER,
    limits: { signInsPerMinute: Infinity },
    ...options,
  });

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** What identifies a PKI: every CA and card certificate (serials, keys and all) and the keys. */
async function fingerprint(pki: DemoPki) {
  const spki = async (key: CryptoKey) => hex(new Uint8Array(await crypto.subtle.exportKey('spki', key)));
  return {
    root: hex(pki.root.certificate),
    rootKey: await spki(pki.root.publicKey),
    cas: Object.fromEntries(Object.entries(pki.cas).map(([kind, ca]) => [kind, hex(ca.certificate)])),
    cards: await Promise.all(
      pki.cards.map(async (card) => ({
        id: card.id,
        serial: card.serial,
        certificate: hex(card.signing.certificate),
        publicKey: await spki(card.signing.publicKey),
        encryption: card.encryption ? hex(card.encryption.certificate) : null,
      })),
    ),
  };
}

// Closed by the test; on a failure, closed here.
const servers: RunningServer[] = [];
after(() => Promise.all(servers.map((s) => s.close())));
const stop = (server: RunningServer) => {
  servers.splice(servers.indexOf(server), 1);
  return server.close();
};

it('reuses the demo PKI on a restart over the same database, and issues a new one on reset', async () => {
  const first = await start();
  servers.push(first);
  assert.equal(first.pkiSource, 'issued');
  const pkiFile = `${db}.demo-pki.json`;
  assert.ok(existsSync(pkiFile), 'the PKI is kept beside the database');
  assert.equal(statSync(pkiFile).mode & 0o077, 0, 'the PKI file (demo keys) is readable by its owner only');
  const firstPki = first.pki!;
  const firstPrint = await fingerprint(firstPki);
  const firstExport = (await (await fetch(new URL('/demo/pki', first.url))).json()) as any;
  const signedIn = await new TestServer(first, firstPki, dir).orgSignIn('ORG-10002', '10002', 'assignment');
  assert.equal(signedIn.status, 201, signedIn.text);
  await stop(first);

  const second = await start();
  servers.push(second);
  // A card holding the first start's key (signing with firstPki) signs in after the restart.
  const again = await new TestServer(second, firstPki, dir).orgSignIn('ORG-10002', '10002', 'assignment');
  assert.equal(again.status, 201, again.text);
  assert.equal(again.body.org.serial, '6B7F3E25C4A898E1997D48295BDA0002');
  const citizen = await new TestServer(second, firstPki, dir).managerSession('10002');
  assert.match(citizen, /^[A-Za-z0-9_-]{43}$/);
  // What the demo portal's cards and SoftHSM2 provisioning read: the same certificates and keys.
  const secondExport = (await (await fetch(new URL('/demo/pki', second.url))).json()) as any;
  assert.deepEqual(secondExport.cards, firstExport.cards);
  assert.deepEqual(secondExport.root, firstExport.root);
  assert.deepEqual(await fingerprint(second.pki!), firstPrint);
  assert.equal(second.pkiSource, 'reused');
  await stop(second);

  const reset = await start({ reset: true });
  servers.push(reset);
  assert.equal(reset.pkiSource, 'issued');
  const resetPrint = await fingerprint(reset.pki!);
  assert.notEqual(resetPrint.root, firstPrint.root);
  assert.notEqual(resetPrint.rootKey, firstPrint.rootKey);
  // Same dataset, so the same serials, but new keys for every card.
  assert.deepEqual(
    resetPrint.cards.map((c) => c.serial),
    firstPrint.cards.map((c) => c.serial),
  );
  for (const [i, card] of resetPrint.cards.entries()) {
    assert.notEqual(card.publicKey, firstPrint.cards[i]!.publicKey, card.id);
  }
  // The first start's card is no longer trusted; the new PKI's is.
  expectProblem(
    assert,
    await new TestServer(reset, firstPki, dir).orgSignIn('ORG-10002', '10002', 'assignment'),
    401,
    'CERT_UNKNOWN_CA',
  );
  const fresh = await new TestServer(reset, reset.pki!, dir).orgSignIn('ORG-10002', '10002', 'assignment');
  assert.equal(fresh.status, 201, fresh.text);
  await stop(reset);

  // The reset's PKI is the one kept now.
  const afterReset = await start();
  servers.push(afterReset);
  assert.equal(afterReset.pkiSource, 'reused');
  assert.equal(hex(afterReset.pki!.root.certificate), resetPrint.root);
});
