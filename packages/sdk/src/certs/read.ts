// The small certificate reader for the browser: walks the DER of an X.509 certificate for exactly the
// fields the profile rules in card-info.ts look at (serial, validity, names, keyUsage,
// certificatePolicies, authorityKeyIdentifier, subjectDirectoryAttributes), without a general X.509
// or ASN.1 library. It verifies nothing (no signature, no chain: that is the server's job, with the
// full parser); tests hold its output to parseCertificate's on every demo card and profile case.
import { decodeAttributeValue } from './der.js';
import { KEY_USAGE_NAMES, OID } from './profile.js';
import type { KeyUsageName } from './profile.js';
import { certInfoOf, expectKind, malformed, toCertificateDer } from './card-info.js';
import type {
  CertificateFields,
  CertificateInput,
  CertificateName,
  CertInfo,
  CitizenCertInfo,
  OrgCertInfo,
  ParseCertificateOptions,
} from './card-info.js';

/** One DER element: its tag, where it begins, and where its contents start and end. */
export interface Tlv {
  tag: number;
  head: number;
  start: number;
  end: number;
}

class DerReadError extends Error {
  override name = 'DerReadError';
}

function fail(what: string): never {
  throw new DerReadError(what);
}

/** The element at `at`, which must end by `limit`. */
export function element(bytes: Uint8Array, at: number, limit: number): Tlv {
  const tag = bytes[at];
  let length = bytes[at + 1];
  if (tag === undefined || length === undefined || at + 2 > limit) fail('truncated element');
  if ((tag & 0x1f) === 0x1f) fail('high tag numbers are not used in certificates');
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) fail('unsupported length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? fail('truncated length'));
    start += count;
  }
  if (start + length > limit) fail('element longer than its container');
  return { tag, head: at, start, end: start + length };
}

/** The elements inside a constructed element. */
export function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const items: Tlv[] = [];
  for (let at = parent.start; at < parent.end;) {
    const item = element(bytes, at, parent.end);
    items.push(item);
    at = item.end;
  }
  return items;
}

function expect(item: Tlv | undefined, tag: number): Tlv {
  if (!item || item.tag !== tag) fail(`expected tag 0x${tag.toString(16)}`);
  return item;
}

const SEQUENCE = 0x30;
const SET = 0x31;
/** Lowercase hex of some bytes. */
export const hex = (bytes: Uint8Array): string =>
  [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

/** The dotted form of an OBJECT IDENTIFIER element. */
function oidText(bytes: Uint8Array, item: Tlv): string {
  return decodeAttributeValue(bytes.subarray(item.head, item.end));
}

/** The text of a name attribute's value, as @peculiar/asn1-x509's AttributeValue gives it. */
function attributeText(bytes: Uint8Array, item: Tlv): { text: string; other: boolean } {
  const contents = bytes.subarray(item.start, item.end);
  switch (item.tag) {
    case 0x0c: // UTF8String
      try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(contents), other: false };
      } catch {
        return { text: latin1(contents), other: false };
      }
    case 0x13: // PrintableString
    case 0x14: // TeletexString
    case 0x16: // IA5String
      return { text: latin1(contents), other: false };
    case 0x1e: // BMPString
    case 0x1c: {
      // UniversalString (only the low 16 bits of each character count, as in asn1js)
      const width = item.tag === 0x1e ? 2 : 4;
      let text = '';
      for (let i = 0; i + width <= contents.length; i += width) {
        text += String.fromCharCode((contents[i + width - 2]! << 8) | contents[i + width - 1]!);
      }
      return { text, other: false };
    }
    default:
      // Any other type: the hex of the whole element (`#…` in the name's text).
      return { text: hex(bytes.subarray(item.head, item.end)), other: true };
  }
}

/** Short names @peculiar/x509 prints (with serialNumber added, as parse.ts asks for). */
const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'E',
  '2.5.4.42': 'G',
  '2.5.4.43': 'I',
  '2.5.4.4': 'SN',
  '2.5.4.12': 'T',
  [OID.subjectSerialNumber]: 'serialNumber',
};

/** RFC 4514 escaping the way @peculiar/x509's Name.toString does it. */
function escapeValue(value: string): string {
  return value
    .replace(/([,+"\\<>;])/g, '\\$1')
    .replace(/^([ #])/, '\\$1')
    .replace(/([ ]$)/, '\\$1')
    .replace(/([\r\n\t])/, (char) => `\\${hex(new TextEncoder().encode(char)).toUpperCase()}`);
}

function nameOf(bytes: Uint8Array, name: Tlv): CertificateName {
  const rdns = children(bytes, expect(name, SEQUENCE)).map((rdn) =>
    children(bytes, expect(rdn, SET)).map((pair) => {
      const [type, value] = children(bytes, expect(pair, SEQUENCE));
      const oid = oidText(bytes, expect(type, 0x06));
      if (!value) fail('attribute without a value');
      return { oid, ...attributeText(bytes, value) };
    }),
  );
  const text = rdns
    .map((rdn) =>
      rdn
        .map(({ oid, text, other }) => `${SHORT_NAMES[oid] ?? oid}=${other ? `#${text}` : escapeValue(text)}`)
        .join('+'),
    )
    .join(', ');
  return { field: (oid) => rdns.flat().flatMap((a) => (a.oid === oid ? [a.text] : [])), text };
}

function timeOf(bytes: Uint8Array, item: Tlv | undefined): Date {
  const text = latin1(bytes.subarray(item?.start ?? 0, item?.end ?? 0));
  const utc = item?.tag === 0x17 && /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  const general =
    item?.tag === 0x18 && /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,3}))?Z$/.exec(text);
  const match = utc || general;
  if (!match) fail('unsupported time');
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const year = utc ? (y! >= 50 ? 1900 + y! : 2000 + y!) : y!;
  const fraction = match[7] ? Number(match[7].padEnd(3, '0')) : 0;
  return new Date(Date.UTC(year, mo! - 1, d!, h!, mi!, s!, fraction));
}

function keyUsageOf(bytes: Uint8Array, value: Tlv): KeyUsageName[] {
  const bits = expect(element(bytes, value.start, value.end), 0x03);
  const data = bytes.subarray(bits.start + 1, bits.end);
  return KEY_USAGE_NAMES.filter((_name, bit) => ((data[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0);
}

function policiesOf(bytes: Uint8Array, value: Tlv): string[] {
  return children(bytes, expect(element(bytes, value.start, value.end), SEQUENCE)).map((policy) =>
    oidText(bytes, expect(children(bytes, expect(policy, SEQUENCE))[0], 0x06)),
  );
}

function keyIdOf(bytes: Uint8Array, value: Tlv): string | undefined {
  const aki = expect(element(bytes, value.start, value.end), SEQUENCE);
  const keyId = children(bytes, aki).find((item) => item.tag === 0x80);
  return keyId && hex(bytes.subarray(keyId.start, keyId.end));
}

function directoryAttributesOf(bytes: Uint8Array, value: Tlv | undefined): Map<string, string[]> {
  const attributes = new Map<string, string[]>();
  if (!value) return attributes;
  for (const attribute of children(bytes, expect(element(bytes, value.start, value.end), SEQUENCE))) {
    const [type, set] = children(bytes, expect(attribute, SEQUENCE));
    const oid = oidText(bytes, expect(type, 0x06));
    const values = attributes.get(oid) ?? [];
    for (const item of children(bytes, expect(set, SET))) {
      values.push(decodeAttributeValue(bytes.subarray(item.head, item.end)).trim());
    }
    attributes.set(oid, values);
  }
  return attributes;
}

function fieldsOf(bytes: Uint8Array): CertificateFields {
  const certificate = expect(element(bytes, 0, bytes.length), SEQUENCE);
  if (certificate.end !== bytes.length) fail('bytes after the certificate');
  const [tbsItem, algorithm, signature] = children(bytes, certificate);
  expect(algorithm, SEQUENCE);
  expect(signature, 0x03);
  const tbs = children(bytes, expect(tbsItem, SEQUENCE));
  const at = tbs[0]?.tag === 0xa0 ? 1 : 0;
  const serial = expect(tbs[at], 0x02);
  expect(tbs[at + 1], SEQUENCE);
  const [notBefore, notAfter] = children(bytes, expect(tbs[at + 3], SEQUENCE));
  expect(tbs[at + 5], SEQUENCE);
  const extensions = new Map<string, Tlv>();
  const wrapper = tbs.slice(at + 6).find((item) => item.tag === 0xa3);
  if (wrapper) {
    for (const extension of children(bytes, expect(element(bytes, wrapper.start, wrapper.end), SEQUENCE))) {
      const parts = children(bytes, expect(extension, SEQUENCE));
      const oid = oidText(bytes, expect(parts[0], 0x06));
      // The first extension of a type counts, as with @peculiar/x509's getExtension.
      if (!extensions.has(oid)) extensions.set(oid, expect(parts[parts.length - 1], 0x04));
    }
  }
  const keyUsage = extensions.get('2.5.29.15');
  const policies = extensions.get('2.5.29.32');
  const aki = extensions.get('2.5.29.35');
  return {
    serialHex: hex(bytes.subarray(serial.start, serial.end)),
    notBefore: timeOf(bytes, notBefore),
    notAfter: timeOf(bytes, notAfter),
    issuer: nameOf(bytes, tbs[at + 2]!),
    subject: nameOf(bytes, tbs[at + 4]!),
    keyUsage: keyUsage ? keyUsageOf(bytes, keyUsage) : [],
    policies: policies ? policiesOf(bytes, policies) : [],
    authorityKeyId: aki && keyIdOf(bytes, aki),
    directoryAttributes: () => directoryAttributesOf(bytes, extensions.get(OID.subjectDirectoryAttributes)),
  };
}

/**
 * Reads a Taiwanese card certificate like {@link parseCertificate}, with the same result and errors,
 * but without @peculiar/x509: a small DER reader of the profile fields, for pages. It does not verify
 * the certificate (signature, chain, revocation): the registration API does that.
 * @throws CertificateProfileError CERT_MALFORMED, CERT_UNRECOGNISED_PROFILE or CERT_WRONG_KIND
 */
export function readCertificate(input: CertificateInput, options: { expect: 'citizen' }): CitizenCertInfo;
export function readCertificate(input: CertificateInput, options: { expect: 'org' }): OrgCertInfo;
export function readCertificate(input: CertificateInput, options?: ParseCertificateOptions): CertInfo;
export function readCertificate(input: CertificateInput, options: ParseCertificateOptions = {}): CertInfo {
  const der = toCertificateDer(input);
  let fields: CertificateFields;
  try {
    fields = fieldsOf(der);
  } catch (error) {
    malformed('not-a-certificate', error);
  }
  return expectKind(certInfoOf(fields), options);
}
