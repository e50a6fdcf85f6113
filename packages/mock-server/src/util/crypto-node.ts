// Node's synchronous ciphers for the API context (see AesGcm in crypto.ts).
import { createCipheriv, createDecipheriv } from 'node:crypto';
import type { AesGcm } from './crypto.js';

/** AES-256-GCM on node:crypto: the same bytes as WebCrypto's (ciphertext ‖ 16-byte tag). */
export const nodeAesGcm: AesGcm = {
  seal(key, iv, plain) {
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  },
  open(key, iv, sealed) {
    if (sealed.length < 16) throw new RangeError('sealed answer too short');
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  },
};
