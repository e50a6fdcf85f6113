// Certificate and signature verification for card sign-in, after Web eID's server-side validator
// (PKI-PROFILE.md, "Sign-in validation"). Trust comes only from the configured root and
// intermediate CA certificates and their CRLs; from a request only the certificate is taken, and
// only after it has been shown to be issued by a configured CA.
//
// The configuration is checked once at start: each root and intermediate must be a CA certificate
// (basicConstraints cA, keyUsage keyCertSign, a pathLen that allows the path), each intermediate
// must chain to a root, each CRL's signature must verify with its CA's key (a CRL that does not
// verify is not used, and sign-ins under that CA fail closed with CRL_UNAVAILABLE). Newer CRLs can
// be loaded later (updateCrls); each CRL's signature is checked once.
//
// Revocation policy (fail closed): every certificate of the path below the root (the card and its
// issuing CA) must be covered by a current CRL of its issuer, i.e. one whose nextUpdate has not
// passed. Only complete, direct CRLs are used: a CRL with a critical extension this code does not
// process, a delta CRL (deltaCRLIndicator) or a partitioned one (issuingDistributionPoint) is
// refused, as is one without nextUpdate or cRLNumber. A newer CRL must carry a higher cRLNumber and
// a thisUpdate no earlier than the one in use. A serial revoked for good stays revoked even when a
// later CRL no longer lists it; only a certificateHold entry may disappear (the hold was released).
//
// Per request, what does not depend on time (the CA's signature on the certificate, its parsed
// profile) is cached by the certificate's exact bytes; what does (validity, revocation) and the
// card's signature are checked every time. Loading a CRL empties that cache, so nothing validated
// under the old revocation state is reused.
import {
  CA_PROFILES,
  caKindFromIssuerOus,
  parseCertificate,
  isCertificateProfileError,
} from '@gepi/sdk/certs';
import type { CaKind, CertInfo } from '@gepi/sdk/certs';
import { useX509, x509 } from '@gepi/sdk/certs';
import type { WireSignatureAlgorithm } from '@gepi/sdk/api';
import { ProblemError } from '../http/problem.js';
import { base64ToBytes, bytesToHex } from '../util/encoding.js';
import { normalSerial } from './cards.js';

export interface TrustConfig {
  /** DER of the trust anchors (GRCA). */
  roots: Uint8Array[];
  /** DER of the issuing CAs (MOICA, GCA, XCA, MOEACA, HCA). */
  intermediates: Uint8Array[];
  /** DER of the CAs' CRLs. */
  crls: Uint8Array[];
}

interface TrustedCa {
  cert: x509.X509Certificate;
  kind: CaKind | 'ROOT';
  subject: string;
  keyId: string | undefined;
  /** As CRLs list it (see normalSerial). */
  serial: string;
  /** The root it chains to (intermediates only). */
  parent?: TrustedCa;
}

interface RevokedEntry {
  /** certificateHold: the only revocation a later CRL may lift. */
  hold: boolean;
}

interface CrlState {
  /** SHA-256 of the CRL's DER, hex: which CRL this is. */
  id: string;
  /** The CRL as its CA signed it (what GET /api/v1/crls publishes). */
  der: Uint8Array;
  thisUpdate: Date;
  nextUpdate: Date;
  /** The CRL's cRLNumber. */
  number: bigint;
  /** Revoked serial (uppercase hex, no leading zeros) → revocation. */
  revoked: Map<string, RevokedEntry>;
}

/** What became of one CRL offered to updateCrls(). */
export interface CrlOutcome {
  /** The CRL's issuer as it names itself ('' when it could not be parsed). */
  issuer: string;
  /** The CA it belongs to, once its signature verified. */
  ca?: CaKind | 'ROOT';
  status: 'loaded' | 'unchanged' | 'refused';
  /** Why it was refused (a stable word: signature, critical-extension, delta-crl, …). */
  reason?: string;
  crlNumber?: string;
  thisUpdate?: string;
  nextUpdate?: string;
}

/** The CRL in use for one configured CA. */
export interface CrlStatus {
  ca: CaKind | 'ROOT';
  subject: string;
  crlNumber: string | null;
  thisUpdate: string | null;
  nextUpdate: string | null;
}

export interface VerifiedCertificate {
  der: Uint8Array;
  info: CertInfo;
  ca: CaKind;
  /** The verifier's cached state of this certificate (parsed form, imported keys). */
  state: unknown;
}

interface CacheEntry {
  der: Uint8Array<ArrayBuffer>;
  cert: x509.X509Certificate;
  issuer: TrustedCa;
  info: CertInfo;
  /** The card's serial as CRLs list it (uppercase hex, no leading zeros). */
  serial: string;
  keyUsageOk: boolean;
  policyOk: boolean;
  /** Signature checkers of this certificate's key, by algorithm. */
  checks: Map<string, Promise<SignatureCheck>>;
}

/** Checks signatures made with one key under one algorithm; false for a wrong or malformed signature. */
export type SignatureCheck = (
  signature: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
) => boolean | Promise<boolean>;

/**
 * Makes the SignatureCheck of a key (SPKI DER) for an RSA algorithm; rejects when the key cannot be
 * used with it. The default is WebCrypto's (any runtime); the Node server passes node:crypto's,
 * which verifies synchronously and so spares each sign-in a thread-pool round trip.
 */
export type SignatureCheckFactory = (
  spki: Uint8Array<ArrayBuffer>,
  algorithm: {
    name: 'RSASSA-PKCS1-v1_5' | 'RSA-PSS';
    hash: 'SHA-256' | 'SHA-384' | 'SHA-512';
    saltLength: number;
  },
) => Promise<SignatureCheck>;

export const webCryptoSignatureChecks: SignatureCheckFactory = async (spki, algorithm) => {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('spki', spki, { name: algorithm.name, hash: algorithm.hash }, false, [
    'verify',
  ]);
  const params: AlgorithmIdentifier | RsaPssParams =
    algorithm.name === 'RSA-PSS'
      ? { name: 'RSA-PSS', saltLength: algorithm.saltLength }
      : { name: algorithm.name };
  // A malformed signature (wrong length) makes some engines throw instead of answering false.
  return (signature, message) => subtle.verify(params, key, signature, message).catch(() => false);
};

const CACHE_LIMIT = 2_000;

/** CRL extensions this verifier reads (RFC 5280 §5.2): authorityKeyIdentifier, cRLNumber. */
const OID_AKI = '2.5.29.35';
const OID_CRL_NUMBER = '2.5.29.20';
const OID_DELTA_CRL_INDICATOR = '2.5.29.27';
const OID_ISSUING_DISTRIBUTION_POINT = '2.5.29.28';
const PROCESSED_CRL_EXTENSIONS = new Set([OID_AKI, OID_CRL_NUMBER]);
/** CRLReason certificateHold (RFC 5280 §5.3.1). */
const REASON_CERTIFICATE_HOLD = 6;

/** A DER INTEGER (as in cRLNumber) as a non-negative bigint; undefined when it is not one. */
function derInteger(value: ArrayBuffer): bigint | undefined {
  const bytes = new Uint8Array(value);
  if (bytes[0] !== 0x02 || bytes.length < 3) return undefined;
  const length = bytes[1]!;
  if (length > 0x7f || length === 0 || length > 20 || bytes.length !== 2 + length) return undefined;
  if ((bytes[2]! & 0x80) !== 0) return undefined;
  let n = 0n;
  for (let i = 2; i < bytes.length; i++) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

/** Why a configured CA certificate cannot act as a CA here; undefined when it can. */
function caProblem(cert: x509.X509Certificate, below: number): string | undefined {
  const constraints = cert.getExtension(x509.BasicConstraintsExtension);
  if (!constraints?.ca) return 'basicConstraints does not say cA';
  if (constraints.pathLength !== undefined && constraints.pathLength < below) {
    return `pathLenConstraint ${constraints.pathLength} does not allow ${below} CA certificate(s) below it`;
  }
  const usage = cert.getExtension(x509.KeyUsagesExtension);
  if (!usage || (usage.usages & x509.KeyUsageFlags.keyCertSign) === 0) return 'keyUsage lacks keyCertSign';
  return undefined;
}

/** Whether a CA may sign CRLs: keyUsage cRLSign (RFC 5280 §4.2.1.3). */
function canSignCrls(cert: x509.X509Certificate): boolean {
  const usage = cert.getExtension(x509.KeyUsagesExtension);
  return usage !== null && (usage.usages & x509.KeyUsageFlags.cRLSign) !== 0;
}
const HASH_BYTES: Record<string, number> = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

function keyIdOf(cert: x509.X509Certificate): string | undefined {
  return cert.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId?.toUpperCase();
}

function authorityKeyIdOf(cert: x509.X509Certificate | x509.X509Crl): string | undefined {
  return cert.getExtension(x509.AuthorityKeyIdentifierExtension)?.keyId?.toUpperCase();
}

export interface VerifierWarnings {
  warn(message: string): void;
}

export class CertificateVerifier {
  private readonly cache = new Map<string, CacheEntry>();
  /** Counts CRL changes, so that a validation running across one is not cached. */
  private generation = 0;
  private readonly crls = new Map<TrustedCa, CrlState>();
  /** CRLs whose signature has been checked (by DER hash): the CA that signed them, or null. */
  private readonly checkedCrls = new Map<string, TrustedCa | null>();

  private constructor(
    private readonly roots: TrustedCa[],
    private readonly intermediates: TrustedCa[],
    private readonly signatureChecks: SignatureCheckFactory,
    private readonly warnings: VerifierWarnings,
  ) {}

  static async create(
    trust: TrustConfig,
    warnings: VerifierWarnings = console,
    signatureChecks: SignatureCheckFactory = webCryptoSignatureChecks,
  ): Promise<CertificateVerifier> {
    useX509();
    const parse = (der: Uint8Array, what: string) => {
      try {
        return new x509.X509Certificate(new Uint8Array(der));
      } catch (error) {
        throw new Error(`Trust configuration: a ${what} certificate cannot be parsed`, { cause: error });
      }
    };
    const roots: TrustedCa[] = [];
    for (const der of trust.roots) {
      const cert = parse(der, 'root');
      if (!(await cert.verify({ signatureOnly: true }))) {
        throw new Error(`Trust configuration: root ${cert.subject} is not validly self-signed`);
      }
      // One issuing CA sits between a root and a card.
      const problem = caProblem(cert, 1);
      if (problem) throw new Error(`Trust configuration: root ${cert.subject} is not a CA: ${problem}`);
      roots.push({
        cert,
        kind: 'ROOT',
        subject: cert.subject,
        keyId: keyIdOf(cert),
        serial: normalSerial(cert.serialNumber),
      });
    }
    const intermediates: TrustedCa[] = [];
    for (const der of trust.intermediates) {
      const cert = parse(der, 'intermediate');
      const problem = caProblem(cert, 0);
      if (problem) throw new Error(`Trust configuration: CA ${cert.subject} is not a CA: ${problem}`);
      let parent: TrustedCa | undefined;
      for (const root of roots) {
        if (root.subject !== cert.issuer) continue;
        if (await cert.verify({ publicKey: root.cert.publicKey, signatureOnly: true })) parent = root;
      }
      if (!parent)
        throw new Error(`Trust configuration: CA ${cert.subject} does not chain to a configured root`);
      const kind = caKindFromIssuerOus(cert.subjectName.getField('OU'));
      if (!kind) throw new Error(`Trust configuration: CA ${cert.subject} is not one of the known CAs`);
      intermediates.push({
        cert,
        kind,
        subject: cert.subject,
        keyId: keyIdOf(cert),
        serial: normalSerial(cert.serialNumber),
        parent,
      });
    }
    const verifier = new CertificateVerifier(roots, intermediates, signatureChecks, warnings);
    await verifier.updateCrls(trust.crls);
    return verifier;
  }

  /** The CA that signed this CRL (its signature checked once per CRL), or null. */
  private async crlOwner(crl: x509.X509Crl, id: string): Promise<TrustedCa | null> {
    const known = this.checkedCrls.get(id);
    if (known !== undefined) return known;
    const aki = authorityKeyIdOf(crl);
    const candidates = [...this.intermediates, ...this.roots].filter(
      (ca) => ca.subject === crl.issuer && (aki === undefined || ca.keyId === undefined || ca.keyId === aki),
    );
    let owner: TrustedCa | null = null;
    for (const ca of candidates) {
      if (!canSignCrls(ca.cert)) continue;
      if (await crl.verify({ publicKey: ca.cert.publicKey }).catch(() => false)) owner = ca;
    }
    this.checkedCrls.set(id, owner);
    return owner;
  }

  /**
   * Loads CRLs (DER). Each must verify with a configured CA's key, be a complete direct CRL with
   * nextUpdate and cRLNumber, and be newer than the one in use for that CA (higher cRLNumber, no
   * earlier thisUpdate), else it is refused with a warning: an older or partial CRL could un-revoke
   * a card. Loading a different CRL empties the certificate cache. Resolves with the number of
   * CRLs now in use that were not before.
   */
  async updateCrls(crls: readonly Uint8Array[]): Promise<number> {
    return (await this.loadCrls(crls)).filter((o) => o.status === 'loaded').length;
  }

  /** updateCrls() with what became of each CRL, for the reviewer endpoint and the refresh log. */
  async loadCrls(crls: readonly Uint8Array[]): Promise<CrlOutcome[]> {
    const outcomes: CrlOutcome[] = [];
    let loaded = 0;
    for (const bytes of crls) {
      const outcome = await this.loadCrl(new Uint8Array(bytes));
      if (outcome.status === 'refused') {
        this.warnings.warn(
          `Trust configuration: a CRL of ${outcome.issuer || 'an unknown issuer'} refused (${outcome.reason})`,
        );
      }
      if (outcome.status === 'loaded') loaded++;
      outcomes.push(outcome);
    }
    // Revocation is checked on every request anyway; emptying the cache as well means no chain
    // validated under the old revocation state survives the change, whatever it revoked.
    if (loaded > 0) {
      this.generation++;
      this.cache.clear();
    }
    return outcomes;
  }

  private async loadCrl(der: Uint8Array<ArrayBuffer>): Promise<CrlOutcome> {
    const id = bytesToHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', der)));
    let crl: x509.X509Crl;
    let entries: readonly x509.X509CrlEntry[];
    try {
      crl = new x509.X509Crl(der);
      entries = crl.entries;
    } catch {
      return { issuer: '', status: 'refused', reason: 'unparseable' };
    }
    const refuse = (reason: string, ca?: TrustedCa): CrlOutcome => ({
      issuer: crl.issuer,
      ...(ca ? { ca: ca.kind } : {}),
      status: 'refused',
      reason,
    });
    const owner = await this.crlOwner(crl, id);
    if (!owner) return refuse('signature');
    const current = this.crls.get(owner);
    if (current?.id === id) {
      return {
        issuer: crl.issuer,
        ca: owner.kind,
        status: 'unchanged',
        crlNumber: current.number.toString(),
      };
    }

    // Only complete CRLs of the CA's own certificates: a delta or partitioned CRL lists only part of
    // what is revoked, and using it as the whole list would un-revoke everything else.
    for (const extension of crl.extensions) {
      if (extension.type === OID_DELTA_CRL_INDICATOR) return refuse('delta-crl', owner);
      if (extension.type === OID_ISSUING_DISTRIBUTION_POINT) return refuse('partitioned-crl', owner);
      if (extension.critical && !PROCESSED_CRL_EXTENSIONS.has(extension.type)) {
        return refuse(`critical-extension ${extension.type}`, owner);
      }
    }
    // Entry extensions read here: reasonCode, invalidityDate. A critical one (certificateIssuer of
    // an indirect CRL) would change whose serial an entry names.
    for (const entry of entries) {
      const critical = entry.extensions.find((e) => e.critical);
      if (critical) return refuse(`critical-entry-extension ${critical.type}`, owner);
    }
    const nextUpdate = crl.nextUpdate;
    if (nextUpdate === undefined) return refuse('no-next-update', owner);
    if (nextUpdate.getTime() <= crl.thisUpdate.getTime())
      return refuse('next-update-before-this-update', owner);
    const numberExtension = crl.extensions.find((e) => e.type === OID_CRL_NUMBER);
    const number = numberExtension ? derInteger(numberExtension.value) : undefined;
    if (number === undefined) return refuse('no-crl-number', owner);
    if (current) {
      if (number <= current.number) return refuse('crl-number-not-newer', owner);
      if (crl.thisUpdate.getTime() < current.thisUpdate.getTime()) return refuse('older', owner);
    }

    const revoked = new Map<string, RevokedEntry>();
    for (const entry of entries) {
      revoked.set(normalSerial(entry.serialNumber), {
        hold: entry.reason === REASON_CERTIFICATE_HOLD,
      });
    }
    // Revocation is final (RFC 5280 §3.3): a serial the CRL in use lists for good stays revoked even
    // if this one leaves it out (a CA may drop expired certificates); only a hold may be lifted.
    let kept = 0;
    if (current) {
      for (const [serial, entry] of current.revoked) {
        if (!revoked.has(serial) && !entry.hold) {
          revoked.set(serial, entry);
          kept++;
        }
      }
    }
    if (kept > 0) {
      this.warnings.warn(
        `Trust configuration: the new CRL of ${crl.issuer} no longer lists ${kept} serial(s) revoked earlier; they stay revoked`,
      );
    }
    this.crls.set(owner, { id, der, thisUpdate: crl.thisUpdate, nextUpdate, number, revoked });
    return {
      issuer: crl.issuer,
      ca: owner.kind,
      status: 'loaded',
      crlNumber: number.toString(),
      thisUpdate: crl.thisUpdate.toISOString(),
      nextUpdate: nextUpdate.toISOString(),
    };
  }

  /** The CRL in use for each configured CA (nothing for a CA without one). */
  crlStatus(): CrlStatus[] {
    return [...this.roots, ...this.intermediates].map((ca) => {
      const state = this.crls.get(ca);
      return {
        ca: ca.kind,
        subject: ca.subject,
        crlNumber: state ? state.number.toString() : null,
        thisUpdate: state ? state.thisUpdate.toISOString() : null,
        nextUpdate: state ? state.nextUpdate.toISOString() : null,
      };
    });
  }

  /**
   * What the CRLs in use say of a serial (as CRLs list it) of a CA: listed or not, and whether a
   * CRL of that CA is current at `now` (false: none loaded, or past its nextUpdate, so "not
   * listed" proves nothing). A listed serial counts as revoked even on a stale CRL.
   */
  revocationOf(kind: CaKind, serial: string, now: Date): { revoked: boolean; current: boolean } {
    let revoked = false;
    let current = false;
    for (const ca of this.intermediates) {
      if (ca.kind !== kind) continue;
      const state = this.crls.get(ca);
      if (!state) continue;
      if (state.revoked.has(serial)) revoked = true;
      if (now.getTime() <= state.nextUpdate.getTime()) current = true;
    }
    return { revoked, current };
  }

  /**
   * The CRLs in use, as their CAs signed them (each verified with its CA's key when it was loaded),
   * for the public CRL endpoint: a client checks a card against them before asking for its PIN.
   */
  publishedCrls(): (CrlStatus & { der: Uint8Array })[] {
    const out: (CrlStatus & { der: Uint8Array })[] = [];
    for (const ca of [...this.roots, ...this.intermediates]) {
      const state = this.crls.get(ca);
      if (!state) continue;
      out.push({
        ca: ca.kind,
        subject: ca.subject,
        crlNumber: state.number.toString(),
        thisUpdate: state.thisUpdate.toISOString(),
        nextUpdate: state.nextUpdate.toISOString(),
        der: state.der,
      });
    }
    return out;
  }

  /** The configured CAs, for the demo page and diagnostics. */
  get caKinds(): (CaKind | 'ROOT')[] {
    return [...this.roots, ...this.intermediates].map((ca) => ca.kind);
  }

  /** `key` identifies the DER exactly (its base64 text, or a hash of it). */
  private async entryFor(der: Uint8Array<ArrayBuffer>, key: string): Promise<CacheEntry> {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const generation = this.generation;

    let cert: x509.X509Certificate;
    try {
      cert = new x509.X509Certificate(der);
    } catch {
      throw new ProblemError('CERT_MALFORMED', { field: 'certificate' });
    }
    const aki = authorityKeyIdOf(cert);
    let issuer: TrustedCa | undefined;
    for (const ca of this.intermediates) {
      if (ca.subject !== cert.issuer) continue;
      if (aki !== undefined && ca.keyId !== undefined && ca.keyId !== aki) continue;
      // A key that cannot check this signature (wrong type) simply does not verify it.
      const ok = await cert.verify({ publicKey: ca.cert.publicKey, signatureOnly: true }).catch(() => false);
      if (ok) {
        issuer = ca;
        break;
      }
    }
    if (!issuer) throw new ProblemError('CERT_UNKNOWN_CA', { field: 'certificate' });

    let info: CertInfo;
    try {
      info = parseCertificate(der);
    } catch (error) {
      if (isCertificateProfileError(error) && error.code === 'CERT_MALFORMED') {
        throw new ProblemError('CERT_MALFORMED', { field: 'certificate' });
      }
      // Issued by a trusted CA but not in a profile this system accepts.
      throw new ProblemError('CERT_POLICY', {
        field: 'certificate',
        details: { reason: isCertificateProfileError(error) ? error.reason : 'unrecognised' },
      });
    }
    if (info.ca !== issuer.kind) throw new ProblemError('CERT_UNKNOWN_CA', { field: 'certificate' });
    // A card is an end entity: a certificate that may itself issue certificates is not one.
    if (
      cert.getExtension(x509.BasicConstraintsExtension)?.ca === true ||
      info.keyUsage.includes('keyCertSign')
    ) {
      throw new ProblemError('CERT_POLICY', { field: 'certificate', details: { reason: 'ca-certificate' } });
    }

    const accepted = CA_PROFILES[info.ca].policies;
    const entry: CacheEntry = {
      der,
      cert,
      issuer,
      info,
      serial: normalSerial(info.serial),
      keyUsageOk: info.keyUsage.includes('digitalSignature'),
      policyOk: info.policies.some((p) => accepted.includes(p)),
      checks: new Map(),
    };
    if (generation !== this.generation) return entry;
    if (this.cache.size >= CACHE_LIMIT) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, entry);
    return entry;
  }

  private checkTime(cert: x509.X509Certificate, now: Date, which: 'certificate' | 'issuer'): void {
    if (now.getTime() < cert.notBefore.getTime()) {
      throw new ProblemError('CERT_NOT_YET_VALID', { field: 'certificate', details: { which } });
    }
    if (now.getTime() > cert.notAfter.getTime()) {
      throw new ProblemError('CERT_EXPIRED', { field: 'certificate', details: { which } });
    }
  }

  /** `serial` as CRLs list it (see normalSerial). */
  private checkRevocation(ca: TrustedCa, serial: string, now: Date, which: 'certificate' | 'issuer'): void {
    const state = this.crls.get(ca);
    if (!state || now.getTime() > state.nextUpdate.getTime()) {
      throw new ProblemError('CRL_UNAVAILABLE', { details: { ca: ca.kind, which } });
    }
    // Listed is revoked, whatever date the entry gives: a CA does not list what it has not revoked.
    if (state.revoked.has(serial)) {
      throw new ProblemError('CERT_REVOKED', { field: 'certificate', details: { which } });
    }
  }

  /**
   * Validates a card certificate at `now`: issued by a configured CA that chains to a root,
   * within its validity (and its CA's), keyUsage digitalSignature, an accepted policy, and not
   * revoked. Throws a ProblemError with the code of the first failed check.
   */
  async verifyCertificate(
    der: Uint8Array<ArrayBuffer>,
    now: Date,
    cacheKey?: string,
  ): Promise<VerifiedCertificate> {
    const key = cacheKey ?? bytesToHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', der)));
    return this.check(this.cache.get(key) ?? (await this.entryFor(der, key)), now);
  }

  /**
   * verifyCertificate() for the base64 text a request carries. The text is the cache key (it
   * names the DER exactly), so a certificate seen before is not even decoded again.
   */
  async verifyCertificateBase64(text: string, now: Date): Promise<VerifiedCertificate> {
    const hit = this.cache.get(text);
    if (hit) return this.check(hit, now);
    const der = base64ToBytes(text);
    if (!der) throw new ProblemError('CERT_MALFORMED', { field: 'certificate' });
    return this.check(await this.entryFor(der, text), now);
  }

  private check(entry: CacheEntry, now: Date): VerifiedCertificate {
    const { cert, issuer, info } = entry;
    this.checkTime(cert, now, 'certificate');
    this.checkTime(issuer.cert, now, 'issuer');
    if (issuer.parent) this.checkTime(issuer.parent.cert, now, 'issuer');
    if (!entry.keyUsageOk) throw new ProblemError('CERT_KEY_USAGE', { field: 'certificate' });
    if (!entry.policyOk) throw new ProblemError('CERT_POLICY', { field: 'certificate' });
    // Every certificate below the trust anchor needs a current CRL of its issuer: the issuing CA's
    // own certificate (the root's CRL), then the card (the CA's CRL).
    if (issuer.parent) this.checkRevocation(issuer.parent, issuer.serial, now, 'issuer');
    this.checkRevocation(issuer, entry.serial, now, 'certificate');
    return { der: entry.der, info, ca: info.ca, state: entry };
  }

  /** Verifies a signature over `message` with the certificate's key; throws ALGORITHM_NOT_ALLOWED or SIGNATURE_INVALID. */
  async verifySignature(
    verified: VerifiedCertificate,
    algorithm: WireSignatureAlgorithm,
    message: Uint8Array<ArrayBuffer>,
    signature: Uint8Array<ArrayBuffer>,
  ): Promise<void> {
    const entry = verified.state as CacheEntry;
    const hashBytes = HASH_BYTES[algorithm.hash];
    if (hashBytes === undefined) throw new ProblemError('ALGORITHM_NOT_ALLOWED', { field: 'algorithm' });
    if (algorithm.name === 'RSASSA-PKCS1-v1_5' && algorithm.saltLength !== undefined) {
      throw new ProblemError('ALGORITHM_NOT_ALLOWED', { field: 'algorithm.saltLength' });
    }
    if (
      algorithm.name === 'RSA-PSS' &&
      algorithm.saltLength !== undefined &&
      algorithm.saltLength !== hashBytes
    ) {
      throw new ProblemError('ALGORITHM_NOT_ALLOWED', { field: 'algorithm.saltLength' });
    }
    const keyName = `${algorithm.name}/${algorithm.hash}`;
    let checkPromise = entry.checks.get(keyName);
    if (!checkPromise) {
      checkPromise = this.signatureChecks(new Uint8Array(entry.cert.publicKey.rawData), {
        name: algorithm.name,
        hash: algorithm.hash,
        saltLength: hashBytes,
      });
      entry.checks.set(keyName, checkPromise);
    }
    let check: SignatureCheck;
    try {
      check = await checkPromise;
    } catch {
      entry.checks.delete(keyName);
      // Not an RSA key (or one the crypto library refuses): the algorithm cannot fit this certificate.
      throw new ProblemError('ALGORITHM_NOT_ALLOWED', { field: 'algorithm' });
    }
    const ok = await check(signature, message);
    if (!ok) throw new ProblemError('SIGNATURE_INVALID', { field: 'signature' });
  }
}
