// Two things the Fortify provider reads from a certificate without @peculiar/x509 (which would
// triple the Fortify chunk): its SHA-256 (the certificate id, as the virtual provider makes it)
// and whether its keyUsage allows signing.
import type { CertificateUsage } from '../tokens/provider.js';

export async function sha256Hex(der: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', der as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// OBJECT IDENTIFIER 2.5.29.15 (id-ce-keyUsage), DER-encoded.
const KEY_USAGE_OID = [0x06, 0x03, 0x55, 0x1d, 0x0f];
const DIGITAL_SIGNATURE = 0x80;
const NON_REPUDIATION = 0x40;

function readLength(bytes: Uint8Array, at: number): [length: number, next: number] {
  const first = bytes[at] ?? 0;
  if (first < 0x80) return [first, at + 1];
  const count = first & 0x7f;
  let length = 0;
  for (let i = 1; i <= count; i++) length = length * 256 + (bytes[at + i] ?? 0);
  return [length, at + 1 + count];
}

/**
 * `signing` when keyUsage has digitalSignature or nonRepudiation, or when there is no keyUsage (any
 * use, RFC 5280 §4.2.1.3); `encryption` otherwise. Reads the extension's DER directly:
 * OID, optional `critical` BOOLEAN, OCTET STRING { BIT STRING }.
 */
export function certificateUsage(der: Uint8Array): CertificateUsage {
  outer: for (let i = 0; i + KEY_USAGE_OID.length < der.length; i++) {
    for (let j = 0; j < KEY_USAGE_OID.length; j++) if (der[i + j] !== KEY_USAGE_OID[j]) continue outer;
    let at = i + KEY_USAGE_OID.length;
    if (der[at] === 0x01) at += 3; // critical BOOLEAN
    if (der[at] !== 0x04) continue;
    [, at] = readLength(der, at + 1);
    if (der[at] !== 0x03) continue;
    const [length, body] = readLength(der, at + 1);
    // First content byte: unused bits; then the flags, most significant bit = bit 0.
    const flags = length > 1 ? (der[body + 1] ?? 0) : 0;
    return flags & (DIGITAL_SIGNATURE | NON_REPUDIATION) ? 'signing' : 'encryption';
  }
  return 'signing';
}
