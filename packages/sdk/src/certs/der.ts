// Decodes one DER-encoded attribute value (a string type or an OBJECT IDENTIFIER) into text.
// subjectDirectoryAttributes values are typed `ANY`, and real cards are not documented down to
// the ASN.1 tag, so the parser reads whichever of these types a CA chose.

const TAG = {
  octetString: 0x04,
  objectIdentifier: 0x06,
  utf8String: 0x0c,
  numericString: 0x12,
  printableString: 0x13,
  teletexString: 0x14,
  ia5String: 0x16,
  universalString: 0x1c,
  bmpString: 0x1e,
} as const;

export class DerError extends Error {
  override name = 'DerError';
}

/** Tag and contents of a single TLV that must fill `bytes` exactly. */
function readTlv(bytes: Uint8Array): { tag: number; contents: Uint8Array } {
  const tag = bytes[0];
  const first = bytes[1];
  if (tag === undefined || first === undefined) throw new DerError('truncated value');
  let length = first;
  let offset = 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new DerError('unsupported length');
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = bytes[offset + i];
      if (b === undefined) throw new DerError('truncated length');
      length = length * 256 + b;
    }
    offset += count;
  }
  if (offset + length !== bytes.length) throw new DerError('length does not match the value');
  return { tag, contents: bytes.subarray(offset) };
}

function decodeOid(contents: Uint8Array): string {
  if (contents.length === 0) throw new DerError('empty OBJECT IDENTIFIER');
  const arcs: number[] = [];
  let value = 0;
  for (const b of contents) {
    value = value * 128 + (b & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER) throw new DerError('OBJECT IDENTIFIER arc too large');
    if ((b & 0x80) === 0) {
      arcs.push(value);
      value = 0;
    }
  }
  if (contents[contents.length - 1]! & 0x80) throw new DerError('truncated OBJECT IDENTIFIER');
  const head = arcs.shift()!;
  const top = head < 40 ? 0 : head < 80 ? 1 : 2;
  return [top, head - top * 40, ...arcs].join('.');
}

function decodeWide(contents: Uint8Array, width: 2 | 4): string {
  if (contents.length % width !== 0) throw new DerError('odd-sized wide string');
  const view = new DataView(contents.buffer, contents.byteOffset, contents.byteLength);
  let text = '';
  for (let i = 0; i < contents.length; i += width) {
    text += String.fromCodePoint(width === 2 ? view.getUint16(i) : view.getUint32(i));
  }
  return text;
}

/** The text of a DER string or OBJECT IDENTIFIER value (OIDs in dotted form). */
export function decodeAttributeValue(der: ArrayBuffer | Uint8Array): string {
  const { tag, contents } = readTlv(der instanceof Uint8Array ? der : new Uint8Array(der));
  switch (tag) {
    case TAG.objectIdentifier:
      return decodeOid(contents);
    case TAG.utf8String:
    case TAG.printableString:
    case TAG.ia5String:
    case TAG.numericString:
    case TAG.octetString:
      return new TextDecoder('utf-8', { fatal: true }).decode(contents);
    case TAG.teletexString:
      return String.fromCharCode(...contents);
    case TAG.bmpString:
      return decodeWide(contents, 2);
    case TAG.universalString:
      return decodeWide(contents, 4);
    default:
      throw new DerError(`unsupported tag 0x${tag.toString(16)}`);
  }
}
