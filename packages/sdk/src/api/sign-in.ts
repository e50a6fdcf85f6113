// What a card signs to sign in: SHA-256(origin) || SHA-256(nonce), 64 bytes, each hash over the
// UTF-8 text as the API sent and received it (the nonce's base64url text, the origin's
// scheme://host[:port]). Binding the origin stops a page on another site from relaying a nonce
// it obtained; hashing both first gives a fixed-size message whatever their lengths. The SDK signs
// and the server verifies this same function's output.

const encoder = new TextEncoder();

export const SIGN_IN_MESSAGE_LENGTH = 64;

export async function signInMessage(origin: string, nonce: string): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto.subtle;
  const [o, n] = await Promise.all([
    subtle.digest('SHA-256', encoder.encode(origin)),
    subtle.digest('SHA-256', encoder.encode(nonce)),
  ]);
  const message = new Uint8Array(SIGN_IN_MESSAGE_LENGTH);
  message.set(new Uint8Array(o), 0);
  message.set(new Uint8Array(n), 32);
  return message;
}
