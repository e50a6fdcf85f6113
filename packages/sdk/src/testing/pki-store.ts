// A whole demo PKI (root, CAs with their CRLs, every card) as one JSON text, private keys
// included, and back: the demo server keeps the PKI it issued beside its database and reuses it at
// the next start, so that a restart is quick and cards provisioned from it (SoftHSM2 tokens,
// virtual readers) keep signing in. DEMO ONLY: the text holds the demo keys in the clear.
import { useX509, webCrypto } from '../certs/x509.js';
import { CA_KINDS } from '../certs/profile.js';
import type { CaKind } from '../certs/profile.js';
import { loadDemoDataset } from './dataset.js';
import type { DemoDataset } from './dataset.js';
import { demoCardFacts, demoCardsFromExport } from './pki-export.js';
import type { DemoCardExport } from './pki-export.js';
import type { DemoPki, IssuedCa, IssuedCard, IssuedKey } from './pki.js';

/** The `format` of a saved demo PKI; a text with another one is refused. */
export const DEMO_PKI_FORMAT = 'gepi-demo-pki/1';

interface SavedCa {
  certificate: string;
  privateKeyPkcs8: string;
  crl: string | null;
}

interface SavedDemoPki {
  format: typeof DEMO_PKI_FORMAT;
  notice: string;
  issuedAt: string;
  root: SavedCa;
  cas: Record<CaKind, SavedCa>;
  cards: DemoCardExport[];
}

const SIGNING = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

function toBase64(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) {
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pkcs8(key: CryptoKey): Promise<string> {
  return toBase64(await webCrypto().subtle.exportKey('pkcs8', key));
}

async function saveKey(key: IssuedKey) {
  return { certificate: toBase64(key.certificate), privateKeyPkcs8: await pkcs8(key.privateKey) };
}

async function saveCa(ca: IssuedCa): Promise<SavedCa> {
  return {
    certificate: toBase64(ca.certificate),
    privateKeyPkcs8: await pkcs8(ca.privateKey),
    crl: ca.crl ? toBase64(ca.crl) : null,
  };
}

async function restoreCa(kind: CaKind | 'ROOT', saved: SavedCa): Promise<IssuedCa> {
  const subtle = webCrypto().subtle;
  const certificate = fromBase64(saved.certificate);
  const spki = new (useX509().X509Certificate)(certificate).publicKey.rawData;
  return {
    kind,
    certificate,
    ...(saved.crl !== null ? { crl: fromBase64(saved.crl) } : {}),
    privateKey: await subtle.importKey('pkcs8', fromBase64(saved.privateKeyPkcs8), SIGNING, true, ['sign']),
    publicKey: await subtle.importKey('spki', spki, SIGNING, true, ['verify']),
  };
}

/** The demo PKI as JSON text, private keys included (demo only: never for real keys). */
export async function saveDemoPki(pki: DemoPki): Promise<string> {
  const cas = Object.fromEntries(
    await Promise.all(CA_KINDS.map(async (kind) => [kind, await saveCa(pki.cas[kind])] as const)),
  ) as Record<CaKind, SavedCa>;
  const saved: SavedDemoPki = {
    format: DEMO_PKI_FORMAT,
    notice: 'DEMO ONLY: the demo PKI with its private keys in the clear. Never trust it anywhere else.',
    issuedAt: pki.issuedAt.toISOString(),
    root: await saveCa(pki.root),
    cas,
    cards: await Promise.all(
      pki.cards.map(async (card: IssuedCard): Promise<DemoCardExport> => ({
        ...demoCardFacts(card),
        notBefore: card.notBefore.toISOString(),
        notAfter: card.notAfter.toISOString(),
        signing: await saveKey(card.signing),
        ...(card.encryption ? { encryption: await saveKey(card.encryption) } : {}),
      })),
    ),
  };
  return JSON.stringify(saved);
}

/**
 * A demo PKI saved by {@link saveDemoPki}, read back with its keys. Refuses (throws) a text of
 * another format, or one whose cards are not exactly the dataset's (same ids and serials): a PKI
 * saved for another dataset must be issued anew, not reused.
 */
export async function restoreDemoPki(
  text: string,
  dataset: DemoDataset = loadDemoDataset(),
): Promise<DemoPki> {
  const saved = JSON.parse(text) as Partial<SavedDemoPki>;
  if (saved.format !== DEMO_PKI_FORMAT || !saved.root || !saved.cas || !saved.cards || !saved.issuedAt) {
    throw new Error(`Not a saved demo PKI (format ${DEMO_PKI_FORMAT})`);
  }
  const key = (c: { id: string; serial: string }) => `${c.id}:${c.serial}`;
  const want = dataset.cards.map(key).sort().join(',');
  const have = saved.cards.map(key).sort().join(',');
  if (want !== have) throw new Error('The saved demo PKI holds other cards than the demo dataset');
  const savedCas = saved.cas;
  const [root, casList, cards] = await Promise.all([
    restoreCa('ROOT', saved.root),
    Promise.all(CA_KINDS.map((kind) => restoreCa(kind, savedCas[kind]))),
    demoCardsFromExport({ issuedAt: saved.issuedAt, cards: saved.cards }),
  ]);
  const cas = Object.fromEntries(CA_KINDS.map((kind, i) => [kind, casList[i]!])) as Record<CaKind, IssuedCa>;
  const byId = new Map(cards.map((card) => [card.id, card]));
  return {
    issuedAt: new Date(saved.issuedAt),
    root,
    cas,
    cards,
    card(id: string): IssuedCard {
      const card = byId.get(id);
      if (!card) throw new Error(`No demo card with id ${id}`);
      return card;
    },
    dataset,
  };
}

/** The earliest `nextUpdate` of the PKI's CRLs: after it, the verifier no longer takes them. */
export function demoPkiCrlsValidUntil(pki: DemoPki): Date | undefined {
  const x509 = useX509();
  const times = [pki.root, ...Object.values(pki.cas)]
    .map((ca) => (ca.crl ? new x509.X509Crl(new Uint8Array(ca.crl)).nextUpdate : undefined))
    .filter((t): t is Date => t !== undefined);
  return times.length === 0 ? undefined : new Date(Math.min(...times.map((t) => t.getTime())));
}
