// A second opinion on the test PKI from OpenSSL (Node only): the certificates and CRLs are
// well-formed X.509, carry the Taiwan extensions, and verify as a chain with policy and CRL checks.
import { before, after, describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Convert } from 'pvtsutils';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { CaKind, DemoPki } from '@gepi/sdk/testing';

const POLICY = '2.16.886.101.0.3.3';
let pki: DemoPki;
let dir: string;

function openssl(...args: string[]): { ok: boolean; out: string } {
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { ok: result.status === 0, out: `${result.stdout}${result.stderr}` };
}

function pem(der: Uint8Array, label: string): string {
  return `-----BEGIN ${label}-----\n${Convert.ToBase64(der).replace(/.{64}/g, '$&\n')}\n-----END ${label}-----\n`;
}

function write(name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The subjectDirectoryAttributes extension of a DER certificate, as `openssl asn1parse` shows it. */
function directoryAttributes(certPath: string): string {
  const outline = openssl('asn1parse', '-inform', 'DER', '-in', certPath).out.split('\n');
  const at = outline.findIndex((line) => line.includes('X509v3 Subject Directory Attributes'));
  assert.ok(at >= 0, 'no subjectDirectoryAttributes extension');
  const offset = /^\s*(\d+):/.exec(outline[at + 1] ?? '')?.[1];
  assert.ok(offset, 'no extension value after the subjectDirectoryAttributes OID');
  return openssl('asn1parse', '-inform', 'DER', '-in', certPath, '-strparse', offset).out;
}

before(async () => {
  assert.ok(openssl('version').ok, 'openssl is needed for this test');
  pki = await issueDemoPki();
  dir = mkdtempSync(join(tmpdir(), 'gepi-pki-'));
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('test PKI under OpenSSL', () => {
  it('prints a citizen certificate with subjectDirectoryAttributes, ID last-4 and the policy', () => {
    const card = pki.card('CIT-WANG');
    const path = write('citizen.der', card.signing.certificate);
    const text = openssl('x509', '-inform', 'DER', '-in', path, '-text', '-noout', '-nameopt', 'utf8').out;
    assert.match(text, /X509v3 Subject Directory Attributes/);
    assert.match(text, new RegExp(`Policy: ${POLICY.replaceAll('.', '\\.')}`));
    assert.match(text, /Signature Algorithm: sha256WithRSAEncryption/);
    assert.match(text, /Public-Key: \(2048 bit\)/);
    assert.match(text, /Digital Signature, Non Repudiation/);
    assert.match(text, /Subject: C ?= ?TW, OU ?= ?測試用, CN ?= ?王大明, serialNumber ?= ?\d{16}/);
    assert.match(text, /Serial Number:\s+10:00:48:21:0d:d2:df:2e:12:80:96:a9:28:2b:00:01/i);
    const attributes = directoryAttributes(path);
    assert.match(attributes, /OBJECT\s+:2\.16\.886\.1\.100\.2\.51\s/);
    assert.match(attributes, /PRINTABLESTRING\s+:6789/);
    assert.match(attributes, /OBJECT\s+:2\.16\.886\.1\.100\.2\.1\s/);
    assert.match(attributes, /OBJECT\s+:2\.16\.886\.1\.100\.3\.1\.1\s/);
  });

  it('prints an org certificate with its 統一編號 attributes and the policy', () => {
    const path = write('org.der', pki.card('ORG-30004').signing.certificate);
    const text = openssl('x509', '-inform', 'DER', '-in', path, '-text', '-noout', '-nameopt', 'utf8').out;
    assert.match(text, /X509v3 Subject Directory Attributes/);
    assert.match(text, new RegExp(`Policy: ${POLICY.replaceAll('.', '\\.')}`));
    assert.match(
      text,
      /Subject: C ?= ?TW, O ?= ?臺灣測試公用事業股份有限公司, OU ?= ?測試用, serialNumber ?= ?04595252/,
    );
    const attributes = directoryAttributes(path);
    assert.match(attributes, /OBJECT\s+:2\.16\.886\.1\.100\.2\.101\s[\s\S]*PRINTABLESTRING\s+:04595252/);
    assert.match(attributes, /OBJECT\s+:2\.16\.886\.1\.100\.2\.2\s[\s\S]*PRINTABLESTRING\s+:primary/);
    assert.match(attributes, /OBJECT\s+:2\.16\.886\.1\.100\.3\.2\.2\.1\.1\s/);
  });

  it("lists the revoked card's serial, and only it, in the MOICA CRL", () => {
    const path = write('moica.crl', pki.cas.MOICA.crl!);
    const text = openssl('crl', '-inform', 'DER', '-in', path, '-text', '-noout').out;
    assert.match(text, /Version 2/);
    assert.deepEqual(text.match(/Serial Number: \S+/g), ['Serial Number: 100048210DD2DF2E128096A9282B000B']);
    for (const kind of ['GCA', 'XCA', 'MOEACA', 'HCA'] as const) {
      const other = openssl(
        'crl',
        '-inform',
        'DER',
        '-in',
        write(`${kind}.crl`, pki.cas[kind].crl!),
        '-text',
      );
      assert.match(other.out, /No Revoked Certificates/, kind);
    }
  });

  it('verifies every card certificate against root + intermediate, strictly and with the policy', () => {
    const root = write('root.pem', pem(pki.root.certificate, 'CERTIFICATE'));
    const intermediates = new Map<CaKind, string>();
    for (const [kind, ca] of Object.entries(pki.cas) as [CaKind, DemoPki['cas'][CaKind]][]) {
      intermediates.set(kind, write(`${kind}.pem`, pem(ca.certificate, 'CERTIFICATE')));
    }
    for (const card of pki.cards) {
      // Expired and not-yet-valid cards are checked at the middle of their validity.
      const midpoint = (card.notBefore.getTime() + card.notAfter.getTime()) / 2000;
      for (const [use, key] of [
        ['signing', card.signing],
        ['encryption', card.encryption],
      ] as const) {
        if (!key) continue;
        const leaf = write(`${card.id}-${use}.pem`, pem(key.certificate, 'CERTIFICATE'));
        const result = openssl(
          'verify',
          '-x509_strict',
          '-policy',
          POLICY,
          '-explicit_policy',
          '-attime',
          String(Math.floor(midpoint)),
          '-CAfile',
          root,
          '-untrusted',
          intermediates.get(card.ca)!,
          leaf,
        );
        assert.ok(result.ok, `${card.id} ${use}: ${result.out}`);
      }
    }
  });

  it('fails the revoked card and passes a valid one under CRL checking', () => {
    const root = write('root.pem', pem(pki.root.certificate, 'CERTIFICATE'));
    const moica = write('moica.pem', pem(pki.cas.MOICA.certificate, 'CERTIFICATE'));
    const crls = write('crls.pem', pem(pki.cas.MOICA.crl!, 'X509 CRL') + pem(pki.root.crl!, 'X509 CRL'));
    const check = (id: string) =>
      openssl(
        'verify',
        '-crl_check_all',
        '-CRLfile',
        crls,
        '-CAfile',
        root,
        '-untrusted',
        moica,
        write(`${id}.pem`, pem(pki.card(id).signing.certificate, 'CERTIFICATE')),
      );
    const revoked = check('CIT-CHENG-REVOKED');
    assert.equal(revoked.ok, false);
    assert.match(revoked.out, /certificate revoked/);
    const valid = check('CIT-WANG');
    assert.ok(valid.ok, valid.out);
  });
});
