// Which card certificates the CRLs the registration API publishes (GET /api/v1/crls) list as
// revoked: read before the PIN is asked, so that no try is spent on a card the API would refuse.
// Loaded lazily, with the small DER reader the card step already uses (no X.509 library): a CRL is
// read for its issuer and the serials it lists, a certificate for its issuer and serial, and the
// issuers are compared as the DER bytes of their names. The API verified each CRL's signature with
// its CA's key when it loaded it; the client takes its copy over the same connection it trusts for
// everything else, and the API checks revocation again at sign-in (this check only saves a PIN try).
import { children, element, hex } from '../certs/read.js';
import type { Tlv } from '../certs/read.js';

/** One CRL as the API publishes it. */
export interface PublishedCrl {
  /** The CRL's DER, base64. */
  crl: string;
}

/** Revoked serials by CRL issuer. */
export interface RevocationList {
  /** Whether a CRL of the certificate's issuer lists its serial. */
  isRevoked(certificateDer: Uint8Array): boolean;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const upperHex = (bytes: Uint8Array): string => hex(bytes).toUpperCase();

/** A serial as CRLs list it: uppercase hex of the INTEGER's contents, no leading zeros. */
function serialOf(bytes: Uint8Array, item: Tlv | undefined): string {
  if (item?.tag !== INTEGER) throw new Error('expected a serial number');
  return upperHex(bytes.subarray(item.start, item.end)).replace(/^0+(?=.)/, '');
}

/** The whole DER of a Name, as the key issuers are compared by. */
function nameOf(bytes: Uint8Array, item: Tlv | undefined): string {
  if (item?.tag !== SEQUENCE) throw new Error('expected a name');
  return upperHex(bytes.subarray(item.head, item.end));
}

/** The fields of the outer SEQUENCE's first SEQUENCE (tbsCertificate, tbsCertList). */
function tbsFields(der: Uint8Array): Tlv[] {
  const outer = element(der, 0, der.length);
  if (outer.tag !== SEQUENCE || outer.end !== der.length) throw new Error('expected one SEQUENCE');
  const tbs = children(der, outer)[0];
  if (tbs?.tag !== SEQUENCE) throw new Error('expected a to-be-signed SEQUENCE');
  return children(der, tbs);
}

/** A CRL's issuer and the serials it lists (RFC 5280 §5.1: version?, signature, issuer, thisUpdate, nextUpdate?, revokedCertificates?). */
export function readCrl(der: Uint8Array): { issuer: string; serials: string[] } {
  const fields = tbsFields(der);
  let at = fields[0]?.tag === INTEGER ? 1 : 0;
  at += 1; // signature algorithm
  const issuer = nameOf(der, fields[at++]);
  const time = (tag: number | undefined) => tag === UTC_TIME || tag === GENERALIZED_TIME;
  if (!time(fields[at++]?.tag)) throw new Error('expected thisUpdate');
  if (time(fields[at]?.tag)) at++;
  const revoked = fields[at];
  const serials: string[] = [];
  if (revoked?.tag === SEQUENCE) {
    for (const entry of children(der, revoked)) serials.push(serialOf(der, children(der, entry)[0]));
  }
  return { issuer, serials };
}

/** A certificate's issuer and serial (RFC 5280 §4.1: [0] version?, serialNumber, signature, issuer). */
export function readIssuerAndSerial(der: Uint8Array): { issuer: string; serial: string } {
  const fields = tbsFields(der);
  const at = fields[0]?.tag === 0xa0 ? 1 : 0;
  return { serial: serialOf(der, fields[at]), issuer: nameOf(der, fields[at + 2]) };
}

/** Reads the published CRLs; one that cannot be read is skipped (the API still checks at sign-in). */
export function revocationList(crls: readonly PublishedCrl[]): RevocationList {
  const byIssuer = new Map<string, Set<string>>();
  for (const published of crls) {
    try {
      const crl = readCrl(fromBase64(published.crl));
      const serials = byIssuer.get(crl.issuer) ?? new Set<string>();
      for (const serial of crl.serials) serials.add(serial);
      byIssuer.set(crl.issuer, serials);
    } catch {
      // Not a CRL: nothing to learn from it.
    }
  }
  return {
    isRevoked(der) {
      const cert = readIssuerAndSerial(new Uint8Array(der));
      return byIssuer.get(cert.issuer)?.has(cert.serial) === true;
    },
  };
}
