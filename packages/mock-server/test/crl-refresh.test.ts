// A long-running server keeps its CRLs fresh: it re-reads its CRL sources (files here, and an
// http URL) on a timer before the CRLs in use go stale, on a reviewer's POST /api/v1/admin/crls,
// and accepts pushed CRLs there; whatever it reads still has to pass the verifier's rules. Without
// this, the server fails closed for good once the CRL it started with expires.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { useX509, x509 } from '@gepi/sdk/certs';
import { DAY, deltaIndicator, makeCrl } from './support/crl.js';
import { trustFromPki } from '../src/demo.js';
import { CrlRefresher } from '../src/services/crl-refresh.js';
import { CertificateVerifier } from '../src/services/verifier.js';
import { sharedPki } from './support/pki.js';
import { expectProblem, startTestServer } from './support/server.js';
import type { TestServer } from './support/server.js';

let server: TestServer;
let now: Date;
let moicaFile: string;
let rootFile: string;

const pem = (der: Uint8Array) =>
  `-----BEGIN X509 CRL-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')}\n-----END X509 CRL-----\n`;

before(async () => {
  useX509();
  const pki = await sharedPki();
  const dir = mkdtempSync(join(tmpdir(), 'gepi-crl-sources-'));
  moicaFile = join(dir, 'moica.crl');
  rootFile = join(dir, 'root.pem');
  writeFileSync(moicaFile, pki.cas.MOICA.crl!);
  writeFileSync(rootFile, pem(pki.root.crl!));
  now = new Date(pki.issuedAt.getTime() + 60_000);
  server = await startTestServer({
    clock: () => now,
    crlSources: [moicaFile, rootFile],
    limits: { crlRefreshMs: 1_000, crlRefreshLeadMs: DAY },
  });
});
after(() => server.close());

const citizenQuery = (id = 'CIT-WANG', nationalId = 'A123456789') =>
  server.citizenSignIn(id, nationalId, undefined, { purpose: 'query-citizen-serial' });

describe('CRL sources', () => {
  it('re-reads its files on POST /api/v1/admin/crls without a body, and a newer CRL there revokes', async () => {
    assert.equal((await citizenQuery()).status, 201);
    const moica = server.pki.cas.MOICA;
    const revoked = server.pki.cards.filter((c) => c.ca === 'MOICA' && c.revoked).map((c) => c.serial);
    writeFileSync(
      moicaFile,
      await makeCrl(moica, {
        thisUpdate: new Date(now.getTime() - 1000),
        number: 2,
        entries: [...revoked, server.card('CIT-WANG').serial],
      }),
    );
    const r = await server.admin('POST', '/crls', {});
    assert.equal(r.status, 200, r.text);
    const results = r.body.results as { ca?: string; status: string }[];
    assert.deepEqual(results.map((x) => [x.ca, x.status]).sort(), [
      ['MOICA', 'loaded'],
      ['ROOT', 'unchanged'],
    ]);
    const inUse = (r.body.inUse as { ca: string; crlNumber: string }[]).find((c) => c.ca === 'MOICA');
    assert.equal(inUse?.crlNumber, '2');
    expectProblem(assert, await citizenQuery(), 401, 'CERT_REVOKED');
  });

  it('takes pushed CRLs (base64 DER), and refuses a delta CRL with its reason', async () => {
    const gca = server.pki.cas.GCA;
    const fresh = await makeCrl(gca, { thisUpdate: new Date(now.getTime() - 500), number: 7 });
    const delta = await makeCrl(gca, {
      thisUpdate: new Date(now.getTime() - 400),
      number: 8,
      extensions: [deltaIndicator(7)],
    });
    const r = await server.admin('POST', '/crls', {
      crls: [Buffer.from(fresh).toString('base64'), Buffer.from(delta).toString('base64')],
    });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(
      (r.body.results as { status: string; reason?: string }[]).map((x) => [x.status, x.reason ?? null]),
      [
        ['loaded', null],
        ['refused', 'delta-crl'],
      ],
    );
    // Reviewer only.
    expectProblem(
      assert,
      await server.request('POST', '/api/v1/admin/crls', { json: {} }),
      401,
      'ADMIN_UNAUTHORIZED',
    );
  });

  it('does not fail closed for good: once the CRLs in use are stale, fresh ones from the sources restore sign-ins', async () => {
    const saved = now;
    const moica = server.pki.cas.MOICA;
    const stale = new x509.X509Crl(new Uint8Array(server.pki.root.crl!)).nextUpdate!;
    now = new Date(stale.getTime() + DAY);
    try {
      expectProblem(assert, await citizenQuery('CIT-LIN', 'F223456786'), 503, 'CRL_UNAVAILABLE');
      writeFileSync(
        moicaFile,
        await makeCrl(moica, { thisUpdate: new Date(now.getTime() - 1000), number: 3 }),
      );
      writeFileSync(
        rootFile,
        pem(await makeCrl(server.pki.root, { thisUpdate: new Date(now.getTime() - 1000), number: 2 })),
      );
      // No request needed: the timer (every second here) reads the files.
      let status = 0;
      for (let i = 0; i < 50 && status !== 201; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await citizenQuery('CIT-LIN', 'F223456786')).status;
      }
      assert.equal(status, 201);
      // The revocation of CRL number 2 stays, although number 3 no longer lists it.
      expectProblem(assert, await citizenQuery(), 401, 'CERT_REVOKED');
    } finally {
      now = saved;
    }
  });

  it('reloads from an http URL as well, and reports a source it cannot read', async () => {
    const moica = server.pki.cas.MOICA;
    const body = await makeCrl(moica, { thisUpdate: new Date(now.getTime() + 60 * DAY), number: 4 });
    const http = createServer((req, res) => {
      if (req.url === '/moica.crl') res.end(Buffer.from(body));
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const other = await startTestServer({
      clock: () => now,
      crlSources: [`${base}/moica.crl`, `${base}/missing.crl`],
    });
    try {
      const r = await other.admin('POST', '/crls', {});
      const results = r.body.results as { issuer: string; status: string; reason?: string }[];
      assert.ok(
        results.some((x) => x.status === 'unchanged'),
        'the URL was read (at start, then again)',
      );
      const missing = results.find((x) => x.issuer.endsWith('/missing.crl'));
      assert.equal(missing?.status, 'refused');
      assert.equal(missing?.reason, 'unreadable: HTTP 404');
      const inUse = (r.body.inUse as { ca: string; crlNumber: string }[]).find((c) => c.ca === 'MOICA');
      assert.equal(inUse?.crlNumber, '4');
    } finally {
      await other.close();
      http.close();
    }
  });
});

describe('when to reload', () => {
  it('before the earliest nextUpdate in use (by the lead time), else every crlRefreshMs; soon again when due', async () => {
    const pki = await sharedPki();
    const verifier = await CertificateVerifier.create(trustFromPki(pki), { warn: () => undefined });
    const HOUR = 3600_000;
    const refresher = new CrlRefresher(
      () => verifier,
      {
        sources: ['unused'],
        read: () => Promise.reject(new Error('unused')),
        refreshMs: HOUR,
        leadMs: 2 * HOUR,
      },
      () => now,
      { warn: () => undefined, error: () => undefined },
    );
    const nextUpdate = new x509.X509Crl(new Uint8Array(pki.cas.MOICA.crl!)).nextUpdate!.getTime();
    assert.equal(refresher.nextDelay(new Date(pki.issuedAt.getTime())), HOUR);
    assert.equal(refresher.nextDelay(new Date(nextUpdate - 2 * HOUR - 10 * 60_000)), 10 * 60_000);
    // Due (inside the lead time) or past: again in a minute, not in a tight loop.
    assert.equal(refresher.nextDelay(new Date(nextUpdate - HOUR)), 60_000);
    assert.equal(refresher.nextDelay(new Date(nextUpdate + DAY)), 60_000);
  });
});
