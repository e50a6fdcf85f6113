// The demo PKI as a server started with the demo seed serves it (GET /demo/pki): certificates and
// private keys of the cards it trusts, issued at its start. Read back into the kit's IssuedCard
// shape, so that the same cards can be put on SoftHSM2 tokens (provisionSoftHsm) or into virtual
// readers while that server runs. Demo only: these private keys are published on purpose.
import { useX509, webCrypto } from '../certs/x509.js';
import type { CaKind } from '../certs/profile.js';
import type { IssuedCard, IssuedKey } from './pki.js';

/** A key pair as GET /demo/pki serves it. */
export interface DemoKeyExport {
  /** base64 DER. */
  certificate: string;
  /** base64 PKCS#8. */
  privateKeyPkcs8: string;
}

/** A card as GET /demo/pki serves it. */
export interface DemoCardExport {
  id: string;
  label: string;
  kind: 'org' | 'citizen';
  ca: CaKind;
  serial: string;
  cardNumber: string;
  pin: string;
  pinTriesLeft: number;
  revoked: boolean;
  name: string;
  agency?: string;
  person?: string;
  orgId?: string;
  /** ISO 8601. */
  notBefore: string;
  notAfter: string;
  signing: DemoKeyExport;
  /** Citizen cards only. */
  encryption?: DemoKeyExport;
}

/** What a card is, without its dates and keys: the same in the export, the saved PKI and IssuedCard. */
export type DemoCardFacts = Omit<DemoCardExport, 'notBefore' | 'notAfter' | 'signing' | 'encryption'>;

/** The facts of a card, copied field by field (so nothing else, such as a private key, comes along). */
export function demoCardFacts(card: DemoCardFacts): DemoCardFacts {
  return {
    id: card.id,
    label: card.label,
    kind: card.kind,
    ca: card.ca,
    serial: card.serial,
    cardNumber: card.cardNumber,
    pin: card.pin,
    pinTriesLeft: card.pinTriesLeft,
    revoked: card.revoked,
    name: card.name,
    ...(card.agency !== undefined ? { agency: card.agency } : {}),
    ...(card.person !== undefined ? { person: card.person } : {}),
    ...(card.orgId !== undefined ? { orgId: card.orgId } : {}),
  };
}

/** The part of GET /demo/pki's answer that holds the cards. */
export interface DemoPkiExport {
  issuedAt: string;
  cards: DemoCardExport[];
}

const SIGNING = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const ENCRYPTION = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function importPair(exported: DemoKeyExport, usage: 'signing' | 'encryption'): Promise<IssuedKey> {
  const subtle = webCrypto().subtle;
  const algorithm = usage === 'signing' ? SIGNING : ENCRYPTION;
  const certificate = fromBase64(exported.certificate);
  const spki = new (useX509().X509Certificate)(certificate).publicKey.rawData;
  // Extractable, as the demo PKI's own keys are: provisioning exports them again into SoftHSM2.
  const privateKey = await subtle.importKey(
    'pkcs8',
    fromBase64(exported.privateKeyPkcs8),
    algorithm,
    true,
    usage === 'signing' ? ['sign'] : ['decrypt'],
  );
  const publicKey = await subtle.importKey(
    'spki',
    spki,
    algorithm,
    true,
    usage === 'signing' ? ['verify'] : ['encrypt'],
  );
  return { privateKey, publicKey, certificate };
}

/**
 * The cards of a demo PKI export (`await (await fetch(`${server}/demo/pki`)).json()`) as issued
 * cards, ready for `provisionSoftHsm({ cards })` or `virtualCardFromIssued`. With `ids`, only those
 * cards, in that order.
 * @throws Error naming the ids the export does not hold.
 */
export async function demoCardsFromExport(
  exported: DemoPkiExport,
  ids?: readonly string[],
): Promise<IssuedCard[]> {
  const byId = new Map(exported.cards.map((card) => [card.id, card]));
  const wanted = ids ?? exported.cards.map((card) => card.id);
  const missing = wanted.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`The demo PKI export holds no card ${missing.join(', ')}`);
  return Promise.all(
    wanted.map(async (id): Promise<IssuedCard> => {
      const card = byId.get(id)!;
      return {
        ...demoCardFacts(card),
        notBefore: new Date(card.notBefore),
        notAfter: new Date(card.notAfter),
        signing: await importPair(card.signing, 'signing'),
        ...(card.encryption ? { encryption: await importPair(card.encryption, 'encryption') } : {}),
      };
    }),
  );
}
