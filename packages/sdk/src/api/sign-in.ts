// What a card signs to sign in: SHA-256(origin) || SHA-256(nonce), 64 bytes, each hash over the
// UTF-8 text as the API sent and received it (the nonce's base64url text, the origin's
// scheme://host[:port]). Binding the origin stops a page on another site from relaying a nonce
// it obtained; hashing both first gives a fixed-size message whatever their lengths. The SDK signs
// and the server verifies this same function's output.

const encoder = new TextEncoder();

export const SIGN_IN_MESSAGE_LENGTH = 64;

/** A SHA-256 implementation; servers may pass a synchronous one (WebCrypto's is asynchronous). */
export type Sha256 = (data: Uint8Array<ArrayBuffer>) => Uint8Array | Promise<Uint8Array>;

const webSha256: Sha256 = async (data) =>
  new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));

export async function signInMessage(
  origin: string,
  nonce: string,
  sha256: Sha256 = webSha256,
): Promise<Uint8Array<ArrayBuffer>> {
  const [o, n] = await Promise.all([sha256(encoder.encode(origin)), sha256(encoder.encode(nonce))]);
  const message = new Uint8Array(SIGN_IN_MESSAGE_LENGTH);
  message.set(o, 0);
  message.set(n, 32);
  return message;
}
