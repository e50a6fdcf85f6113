// CRLs and CA certificates made to order for the revocation and chain tests: a CA of the shared
// demo PKI signs whatever CRL a test needs (with or without nextUpdate, cRLNumber, a delta
// indicator, a critical extension, held entries), and the root re-issues a CA certificate with
// other dates or constraints. Everything is really signed; nothing is mocked.
import { useX509, webCrypto, x509 } from '@gepi/sdk/certs';
import type { IssuedCa } from '@gepi/sdk/testing';

export const DAY = 86_400_000;
const SHA256_RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** DER of a non-negative INTEGER (what cRLNumber and deltaCRLIndicator hold). */
export function derInteger(n: number): Uint8Array<ArrayBuffer> {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const bytes = hex.match(/../g)!.map((h) => parseInt(h, 16));
  if ((bytes[0] ?? 0) & 0x80) bytes.unshift(0);
  return new Uint8Array([0x02, bytes.length, ...bytes]);
}

export interface CrlEntrySpec {
  serial: string;
  revokedAt?: Date;
  /** X509CrlReason, e.g. 6 for certificateHold. */
  reason?: number;
}

export interface CrlSpec {
  thisUpdate: Date;
  /** null: no nextUpdate at all. Default thisUpdate + 30 days. */
  nextUpdate?: Date | null;
  /** null: no cRLNumber. */
  number: number | null;
  entries?: (string | CrlEntrySpec)[];
  /** Extra CRL extensions (a delta indicator, an issuing distribution point, …). */
  extensions?: x509.Extension[];
  /** Signs with this key instead of the CA's. */
  signer?: CryptoKey;
}

/** A CRL of `ca` as the spec says, signed by the CA (or `signer`). */
export async function makeCrl(ca: Pick<IssuedCa, 'certificate' | 'privateKey'>, spec: CrlSpec) {
  useX509();
  const cert = new x509.X509Certificate(new Uint8Array(ca.certificate));
  const keyId = cert.getExtension(x509.SubjectKeyIdentifierExtension)!.keyId;
  const nextUpdate =
    spec.nextUpdate === undefined ? new Date(spec.thisUpdate.getTime() + 30 * DAY) : spec.nextUpdate;
  const crl = await x509.X509CrlGenerator.create(
    {
      issuer: cert.subject,
      thisUpdate: spec.thisUpdate,
      ...(nextUpdate === null ? {} : { nextUpdate }),
      signingKey: spec.signer ?? ca.privateKey,
      signingAlgorithm: SHA256_RSA,
      extensions: [
        new x509.AuthorityKeyIdentifierExtension(keyId),
        ...(spec.number === null ? [] : [new x509.Extension('2.5.29.20', false, derInteger(spec.number))]),
        ...(spec.extensions ?? []),
      ],
      entries: (spec.entries ?? []).map((e) => {
        const entry = typeof e === 'string' ? { serial: e } : e;
        return {
          serialNumber: entry.serial,
          revocationDate: entry.revokedAt ?? spec.thisUpdate,
          ...(entry.reason === undefined ? {} : { reason: entry.reason }),
        };
      }),
    },
    webCrypto(),
  );
  return new Uint8Array(crl.rawData);
}

/** deltaCRLIndicator (critical, as RFC 5280 requires) naming the base CRL's number. */
export function deltaIndicator(baseNumber: number): x509.Extension {
  return new x509.Extension('2.5.29.27', true, derInteger(baseNumber));
}

/** The serials a CA's CRL lists. */
export function crlSerials(der: Uint8Array): string[] {
  useX509();
  return new x509.X509Crl(new Uint8Array(der)).entries.map((e) => e.serialNumber.toUpperCase());
}

export interface ReissueSpec {
  notBefore?: Date;
  notAfter?: Date;
  /** Replaces basicConstraints; null drops it. */
  basicConstraints?: { ca: boolean; pathLength?: number } | null;
  /** Replaces keyUsage (x509.KeyUsageFlags). */
  keyUsage?: number;
  serial?: string;
  /** Issue under this CA's name and key id instead (sign with its key as `issuerKey`). */
  issuer?: Uint8Array;
}

/**
 * `cert` again, signed by `issuerKey` (its own issuer's key), with the same subject, key and other
 * extensions but the dates or constraints the spec changes.
 */
export async function reissue(
  der: Uint8Array,
  issuerKey: CryptoKey,
  spec: ReissueSpec,
): Promise<Uint8Array<ArrayBuffer>> {
  useX509();
  const cert = new x509.X509Certificate(new Uint8Array(der));
  const issuer = spec.issuer ? new x509.X509Certificate(new Uint8Array(spec.issuer)) : undefined;
  const extensions = cert.extensions.filter((e) => {
    if (e.type === '2.5.29.19') return false;
    if (e.type === '2.5.29.35' && issuer) return false;
    if (e.type === '2.5.29.15' && spec.keyUsage !== undefined) return false;
    return true;
  });
  const original = cert.getExtension(x509.BasicConstraintsExtension);
  const constraints =
    spec.basicConstraints === undefined
      ? original
        ? new x509.BasicConstraintsExtension(original.ca, original.pathLength, true)
        : undefined
      : spec.basicConstraints === null
        ? undefined
        : new x509.BasicConstraintsExtension(
            spec.basicConstraints.ca,
            spec.basicConstraints.pathLength,
            true,
          );
  const created = await x509.X509CertificateGenerator.create(
    {
      serialNumber: spec.serial ?? cert.serialNumber,
      subject: cert.subjectName,
      issuer: issuer ? issuer.subjectName : cert.issuerName,
      notBefore: spec.notBefore ?? cert.notBefore,
      notAfter: spec.notAfter ?? cert.notAfter,
      publicKey: cert.publicKey,
      signingKey: issuerKey,
      signingAlgorithm: SHA256_RSA,
      extensions: [
        ...(constraints ? [constraints] : []),
        ...(spec.keyUsage !== undefined ? [new x509.KeyUsagesExtension(spec.keyUsage, true)] : []),
        ...(issuer
          ? [
              new x509.AuthorityKeyIdentifierExtension(
                issuer.getExtension(x509.SubjectKeyIdentifierExtension)!.keyId,
              ),
            ]
          : []),
        ...extensions,
      ],
    },
    webCrypto(),
  );
  return new Uint8Array(created.rawData);
}
