// Pieces of hand-made certificates for the profile tests (pki.test.ts and cert-reader.test.ts, in
// Node and Chromium): a subjectDirectoryAttributes extension and the DER values it may carry.
import { AsnConvert, AsnObjectIdentifierConverter } from '@peculiar/asn1-schema';
import { Attribute, SubjectDirectoryAttributes } from '@peculiar/asn1-x509';
import { OID } from '../../src/certs/index.js';
import { x509 } from '../../src/certs/x509.js';

/** A subjectDirectoryAttributes extension with these attribute values. */
export function sda(attributes: [type: string, value: ArrayBuffer][]): x509.Extension {
  const value = new SubjectDirectoryAttributes(
    attributes.map(([type, v]) => new Attribute({ type, values: [v] })),
  );
  return new x509.Extension(OID.subjectDirectoryAttributes, false, AsnConvert.serialize(value));
}

/** An OBJECT IDENTIFIER value. */
export const oidValue = (oid: string): ArrayBuffer => AsnObjectIdentifierConverter.toASN(oid).toBER(false);

/** A DER string value with the given universal tag (short lengths only). */
export function stringValue(tag: number, text: string): ArrayBuffer {
  const body =
    tag === 0x1e
      ? new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]))
      : new TextEncoder().encode(text);
  return new Uint8Array([tag, body.length, ...body]).buffer;
}
