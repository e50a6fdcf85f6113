// `gepi-mock-server --trust/--crl`: a local server trusts CA certificates and CRLs from files, as a
// person with the real GRCA/MOICA/GCA chain would give it. A freshly generated chain (a second demo
// PKI, written as DER/PEM files) stands in for the real one: its cards are refused without --trust,
// accepted with it (directory or single files), its revoked card is refused with --crl, and a file
// that is not a CA certificate is named in a clear error.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are read loosely in tests */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { writeTrustFiles } from '@gepi/pkcs11';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki } from '@gepi/sdk/testing';
import { TestServer } from './support/server.js';

const CLI = join(import.meta.dirname, '..', 'src', 'cli.ts');

interface Child {
  url: string;
  port: number;
  stop(): Promise<void>;
  output: string;
}

function startCli(args: string[], env: Record<string, string> = {}): Promise<Child> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', CLI, '--port', '0', '--db', ':memory:', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      output += `${line}\n`;
      const match = /GEPI registration API: (http:\/\/[^/]+:(\d+))\//.exec(line);
      if (!match) return;
      resolve({
        url: match[1]!,
        port: Number(match[2]),
        get output() {
          return output;
        },
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) =>
      reject(Object.assign(new Error(`exited ${code}: ${output}`), { code, output })),
    );
  });
}

describe('gepi-mock-server --trust / --crl', () => {
  let fresh: DemoPki;
  let dir: string;
  before(async () => {
    fresh = await issueDemoPki();
    dir = await mkdtemp(join(tmpdir(), 'gepi-trust-'));
    await writeTrustFiles(fresh, dir, { cards: [fresh.card('ORG-10001')] });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const signIn = async (child: Child, cardId = 'ORG-10001') => {
    const client = new TestServer({ url: `${child.url}/`, port: child.port } as any, fresh, dir);
    return client.orgSignIn(cardId, '10001', 'first-registration');
  };

  it('refuses the fresh chain’s card without --trust', async () => {
    const child = await startCli(['--seed', 'demo']);
    try {
      const r = await signIn(child);
      assert.equal(r.status, 401, r.text);
      assert.equal(r.body.code, 'CERT_UNKNOWN_CA');
    } finally {
      await child.stop();
    }
  });

  it('accepts it with --trust <directory> (DER, PEM and CRLs found there)', async () => {
    const child = await startCli(['--seed', 'demo', '--trust', dir]);
    try {
      assert.match(child.output, /trusting 1 root and 5 issuing CA certificates and 6 CRLs/);
      const r = await signIn(child);
      assert.equal(r.status, 201, r.text);
      assert.equal(r.body.agency.code, '10001');
    } finally {
      await child.stop();
    }
  });

  it('accepts single files with --trust and --crl, or GEPI_TRUST / GEPI_CRL, and refuses a revoked card', async () => {
    const child = await startCli(
      ['--seed', 'demo', '--trust', join(dir, 'ROOT.pem'), '--trust', join(dir, 'MOICA.cer')],
      {
        GEPI_TRUST: join(dir, 'GCA.cer'),
        // Every certificate of the path needs a current CRL of its issuer: the root's too (GRCA's ARL).
        GEPI_CRL: `${join(dir, 'ROOT.crl')},${join(dir, 'MOICA.crl')},${join(dir, 'GCA.crl.pem')}`,
      },
    );
    try {
      assert.match(child.output, /trusting 1 root and 2 issuing CA certificates and 3 CRLs/);
      assert.equal((await signIn(child)).status, 201);
      const client = new TestServer({ url: `${child.url}/`, port: child.port } as any, fresh, dir);
      const revoked = await client.citizenSignIn('CIT-CHENG-REVOKED', 'T299887769', undefined, {
        purpose: 'query-citizen-serial',
      });
      assert.equal(revoked.status, 401, revoked.text);
      assert.equal(revoked.body.code, 'CERT_REVOKED');
    } finally {
      await child.stop();
    }
  });

  it('names a file that is not a CA certificate, or missing, and exits 2', async () => {
    const notCa = join(dir, 'cards', 'ORG-10001.signing.cer');
    await assert.rejects(startCli(['--trust', notCa]), (error: any) => {
      assert.equal(error.code, 2);
      assert.match(error.output, /ORG-10001\.signing\.cer: .* is not a CA certificate/);
      return true;
    });
    await assert.rejects(startCli(['--trust', join(dir, 'nope.pem')]), (error: any) => {
      assert.equal(error.code, 2);
      assert.match(error.output, /nope\.pem: no such file or directory/);
      return true;
    });
    await assert.rejects(startCli(['--crl', join(dir, 'GCA.crl')]), (error: any) => {
      assert.equal(error.code, 2);
      assert.match(error.output, /--crl needs --trust/);
      return true;
    });
  });
});
