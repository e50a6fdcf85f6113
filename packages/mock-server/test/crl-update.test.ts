// Newer CRLs can be loaded into a running server, and a certificate whose chain was validated and
// cached before is still refused once the new CRL revokes it. A CRL older than the one in use, or
// one that does not verify with its CA's key, is not taken. A cached chain is also still held to
// the clock.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { IssuedCa } from '@gepi/sdk/testing';
import { makeCrl } from './support/crl.js';
import { expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

let server: TestServer;
let now: Date;

before(async () => {
  now = new Date();
  server = await startTestServer({ clock: () => now });
  now = new Date(server.pki.issuedAt.getTime() + 60_000);
});
after(() => server.close());

/** A CRL of `ca` issued at `thisUpdate` with number `number`, revoking `serials` (signed by `signer`, by default the CA). */
function crlOf(
  ca: IssuedCa,
  thisUpdate: Date,
  serials: string[],
  signer: CryptoKey = ca.privateKey,
  number = 2,
): Promise<Uint8Array> {
  return makeCrl(ca, { thisUpdate, number, entries: serials, signer });
}

const signIn = () => server.orgSignIn('ORG-10002', '10002', 'assignment');

it('refuses a card with a cached chain once a newer CRL revokes it', async () => {
  const card = server.card('ORG-10002');
  const ca = server.pki.cas[card.ca];
  const alreadyRevoked = server.pki.cards.filter((c) => c.ca === card.ca && c.revoked).map((c) => c.serial);

  // Validated twice: the second sign-in used the cached chain.
  assert.equal((await signIn()).status, 201);
  assert.equal((await signIn()).status, 201);

  const issued = new Date(server.pki.issuedAt.getTime() + 30_000);
  const api = server.server.api;
  // Not taken: signed with another CA's key under this CA's name.
  const forged = await crlOf(ca, issued, [card.serial], server.pki.root.privateKey);
  assert.equal(await api.updateCrls([forged]), 0);
  assert.equal((await signIn()).status, 201);

  assert.equal(await api.updateCrls([await crlOf(ca, issued, [...alreadyRevoked, card.serial])]), 1);
  expectProblem(assert, await signIn(), 401, 'CERT_REVOKED');

  // The CRL the server started with is older: loading it again does not un-revoke the card.
  assert.equal(await api.updateCrls([ca.crl!]), 0);
  expectProblem(assert, await signIn(), 401, 'CERT_REVOKED');
  // Other cards of the CA are unaffected.
  assert.equal((await server.orgSignIn('ORG-20003', '20003', 'assignment')).status, 201);
});

it('holds a cached chain to the clock: the same card is refused after it expires', async () => {
  const card = server.card('ORG-20003');
  assert.equal((await server.orgSignIn('ORG-20003', '20003', 'assignment')).status, 201);
  const saved = now;
  now = new Date(card.notAfter.getTime() + 1000);
  try {
    expectProblem(assert, await server.orgSignIn('ORG-20003', '20003', 'assignment'), 401, 'CERT_EXPIRED');
  } finally {
    now = saved;
  }
});
