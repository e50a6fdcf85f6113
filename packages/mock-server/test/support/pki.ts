// The demo PKI for tests, issued once and shared by every test file of a run (and by the child
// servers of the durability test) through a file in the OS temp directory: issuing it means ~40
// RSA key generations, seconds on a 2-core machine. The cache is keyed by the dataset's content
// and expires after a few hours, so certificates stay well inside the validity the dataset gives
// them. Written atomically (temp file + rename), so parallel test files never read half a file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueDemoPki, loadDemoDataset } from '@gepi/sdk/testing';
import type { DemoDataset, DemoPki, IssuedCa, IssuedCard, IssuedKey } from '@gepi/sdk/testing';

const MAX_AGE_MS = 6 * 3600_000;
const DIR = join(tmpdir(), 'gepi-mock-server-test-pki');

const b64 = (bytes: Uint8Array | ArrayBuffer) =>
  Buffer.from(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes).toString('base64');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

const SIGN = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const OAEP = { name: 'RSA-OAEP', hash: 'SHA-256' };

async function exportPair(key: { privateKey: CryptoKey; publicKey: CryptoKey }) {
  return {
    privateKey: b64(await crypto.subtle.exportKey('pkcs8', key.privateKey)),
    publicKey: b64(await crypto.subtle.exportKey('spki', key.publicKey)),
  };
}

async function importPair(
  saved: { privateKey: string; publicKey: string },
  algorithm: typeof SIGN | typeof OAEP,
) {
  const sign = algorithm.name !== 'RSA-OAEP';
  return {
    privateKey: await crypto.subtle.importKey('pkcs8', bytes(saved.privateKey), algorithm, true, [
      sign ? 'sign' : 'decrypt',
    ]),
    publicKey: await crypto.subtle.importKey('spki', bytes(saved.publicKey), algorithm, true, [
      sign ? 'verify' : 'encrypt',
    ]),
  };
}

async function serialise(pki: DemoPki): Promise<string> {
  const ca = async (c: IssuedCa) => ({
    kind: c.kind,
    certificate: b64(c.certificate),
    crl: c.crl ? b64(c.crl) : null,
    ...(await exportPair(c)),
  });
  const key = async (k: IssuedKey) => ({ certificate: b64(k.certificate), ...(await exportPair(k)) });
  return JSON.stringify({
    issuedAt: pki.issuedAt.toISOString(),
    root: await ca(pki.root),
    cas: Object.fromEntries(
      await Promise.all(Object.entries(pki.cas).map(async ([k, c]) => [k, await ca(c)])),
    ),
    cards: await Promise.all(
      pki.cards.map(async (card) => ({
        ...card,
        notBefore: card.notBefore.toISOString(),
        notAfter: card.notAfter.toISOString(),
        signing: await key(card.signing),
        encryption: card.encryption ? await key(card.encryption) : undefined,
      })),
    ),
    dataset: pki.dataset,
  });
}

type Saved = {
  certificate: string;
  crl?: string | null;
  privateKey: string;
  publicKey: string;
  kind?: string;
};

async function deserialise(text: string): Promise<DemoPki> {
  const data = JSON.parse(text) as {
    issuedAt: string;
    root: Saved;
    cas: Record<string, Saved>;
    cards: Array<
      Omit<IssuedCard, 'signing' | 'encryption' | 'notBefore' | 'notAfter'> & {
        notBefore: string;
        notAfter: string;
        signing: Saved;
        encryption?: Saved;
      }
    >;
    dataset: DemoDataset;
  };
  const ca = async (c: Saved): Promise<IssuedCa> => ({
    kind: c.kind as IssuedCa['kind'],
    certificate: bytes(c.certificate),
    ...(c.crl ? { crl: bytes(c.crl) } : {}),
    ...(await importPair(c, SIGN)),
  });
  const key = async (k: Saved, algorithm: typeof SIGN | typeof OAEP): Promise<IssuedKey> => ({
    certificate: bytes(k.certificate),
    ...(await importPair(k, algorithm)),
  });
  const cards: IssuedCard[] = await Promise.all(
    data.cards.map(async (c) => {
      const { encryption, signing, notBefore, notAfter, ...rest } = c;
      return {
        ...rest,
        notBefore: new Date(notBefore),
        notAfter: new Date(notAfter),
        signing: await key(signing, SIGN),
        ...(encryption ? { encryption: await key(encryption, OAEP) } : {}),
      };
    }),
  );
  const byId = new Map(cards.map((c) => [c.id, c]));
  return {
    issuedAt: new Date(data.issuedAt),
    root: await ca(data.root),
    cas: Object.fromEntries(
      await Promise.all(Object.entries(data.cas).map(async ([k, c]) => [k, await ca(c)] as const)),
    ) as DemoPki['cas'],
    cards,
    card(id: string) {
      const card = byId.get(id);
      if (!card) throw new Error(`No demo card with id ${id}`);
      return card;
    },
    dataset: data.dataset,
  };
}

async function cached(name: string, dataset: DemoDataset): Promise<DemoPki> {
  const hash = createHash('sha256').update(JSON.stringify(dataset)).digest('hex').slice(0, 16);
  const file = join(DIR, `${name}-${hash}.json`);
  try {
    if (Date.now() - statSync(file).mtimeMs < MAX_AGE_MS)
      return await deserialise(readFileSync(file, 'utf8'));
  } catch {
    // Missing or unreadable: issue a new one below.
  }
  const pki = await issueDemoPki({ dataset });
  mkdirSync(DIR, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, await serialise(pki));
  renameSync(temp, file);
  return pki;
}

/** The demo PKI every test file and child server of a run shares. */
export function sharedPki(): Promise<DemoPki> {
  return cached('demo', loadDemoDataset());
}

/**
 * A second, separately generated PKI with the same CA names but other keys, holding one citizen
 * card: its certificates look right and must still be refused (CERT_UNKNOWN_CA).
 */
export function foreignPki(): Promise<DemoPki> {
  const dataset = loadDemoDataset();
  dataset.cards = dataset.cards.filter((c) => c.id === 'CIT-WANG');
  return cached('foreign', dataset);
}
