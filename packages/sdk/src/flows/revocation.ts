// Which card certificates the CRLs the registration API publishes (GET /api/v1/crls) list as
// revoked: read before the PIN is asked, so that no try is spent on a card the API would refuse.
// Loaded lazily with @peculiar/x509, like the certificate parser. The API verified each CRL's
// signature with its CA's key when it loaded it; the client takes its copy over the same
// connection it trusts for everything else, and the API checks revocation again at sign-in.
import { useX509 } from '../certs/x509.js';

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

/** A serial as CRLs list it: uppercase hex, no leading zeros. */
function normalSerial(hex: string): string {
  return hex.toUpperCase().replace(/^0+(?=.)/, '');
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Reads the published CRLs; one that cannot be parsed is skipped (the API still checks at sign-in). */
export function revocationList(crls: readonly PublishedCrl[]): RevocationList {
  const x509 = useX509();
  const byIssuer = new Map<string, Set<string>>();
  for (const published of crls) {
    try {
      const crl = new x509.X509Crl(fromBase64(published.crl));
      const serials = byIssuer.get(crl.issuer) ?? new Set<string>();
      for (const entry of crl.entries) serials.add(normalSerial(entry.serialNumber));
      byIssuer.set(crl.issuer, serials);
    } catch {
      // Not a CRL: nothing to learn from it.
    }
  }
  return {
    isRevoked(der) {
      const cert = new x509.X509Certificate(new Uint8Array(der));
      return byIssuer.get(cert.issuer)?.has(normalSerial(cert.serialNumber)) === true;
    },
  };
}
