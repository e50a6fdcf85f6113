// PKCS#11 return values (CKR_*) and token flags → the SDK's card errors. Pure: no native module is
// loaded here, so the mapping can be tested (and reused, e.g. by a Fortify-protocol test server)
// without a PKCS#11 library.
import { TokenError } from '@gepi/sdk';
import type { CardAuthority, TokenErrorCode } from '@gepi/sdk';

/** The CKR_* values this kit names (PKCS#11 v2.40 §11.1); others are reported by number. */
export const CKR = {
  CKR_OK: 0x000,
  CKR_CANCEL: 0x001,
  CKR_HOST_MEMORY: 0x002,
  CKR_SLOT_ID_INVALID: 0x003,
  CKR_GENERAL_ERROR: 0x005,
  CKR_FUNCTION_FAILED: 0x006,
  CKR_ARGUMENTS_BAD: 0x007,
  CKR_ATTRIBUTE_SENSITIVE: 0x011,
  CKR_ATTRIBUTE_TYPE_INVALID: 0x012,
  CKR_DATA_INVALID: 0x020,
  CKR_DATA_LEN_RANGE: 0x021,
  CKR_DEVICE_ERROR: 0x030,
  CKR_DEVICE_MEMORY: 0x031,
  CKR_DEVICE_REMOVED: 0x032,
  CKR_FUNCTION_CANCELED: 0x050,
  CKR_FUNCTION_NOT_SUPPORTED: 0x054,
  CKR_KEY_HANDLE_INVALID: 0x060,
  CKR_KEY_TYPE_INCONSISTENT: 0x063,
  CKR_KEY_FUNCTION_NOT_PERMITTED: 0x068,
  CKR_MECHANISM_INVALID: 0x070,
  CKR_MECHANISM_PARAM_INVALID: 0x071,
  CKR_OBJECT_HANDLE_INVALID: 0x082,
  CKR_OPERATION_ACTIVE: 0x090,
  CKR_OPERATION_NOT_INITIALIZED: 0x091,
  CKR_PIN_INCORRECT: 0x0a0,
  CKR_PIN_INVALID: 0x0a1,
  CKR_PIN_LEN_RANGE: 0x0a2,
  CKR_PIN_EXPIRED: 0x0a3,
  CKR_PIN_LOCKED: 0x0a4,
  CKR_SESSION_CLOSED: 0x0b0,
  CKR_SESSION_COUNT: 0x0b1,
  CKR_SESSION_HANDLE_INVALID: 0x0b3,
  CKR_TOKEN_NOT_PRESENT: 0x0e0,
  CKR_TOKEN_NOT_RECOGNIZED: 0x0e1,
  CKR_USER_ALREADY_LOGGED_IN: 0x100,
  CKR_USER_NOT_LOGGED_IN: 0x101,
  CKR_USER_PIN_NOT_INITIALIZED: 0x102,
  CKR_USER_TYPE_INVALID: 0x103,
  CKR_BUFFER_TOO_SMALL: 0x150,
  CKR_CRYPTOKI_NOT_INITIALIZED: 0x190,
  CKR_CRYPTOKI_ALREADY_INITIALIZED: 0x191,
  CKR_FUNCTION_REJECTED: 0x200,
  CKR_VENDOR_DEFINED: 0x80000000,
} as const;

export type CkrName = keyof typeof CKR;

/** CK_TOKEN_INFO flags the provider reads (PKCS#11 v2.40 §3.2). */
export const TokenFlags = {
  PROTECTED_AUTHENTICATION_PATH: 0x100,
  TOKEN_INITIALIZED: 0x400,
  USER_PIN_COUNT_LOW: 0x10000,
  USER_PIN_FINAL_TRY: 0x20000,
  USER_PIN_LOCKED: 0x40000,
} as const;

/** CK_SLOT_INFO flags. */
export const SlotFlags = {
  TOKEN_PRESENT: 0x1,
  REMOVABLE_DEVICE: 0x2,
  HW_SLOT: 0x4,
} as const;

/**
 * How each PKCS#11 return value becomes a {@link TokenErrorCode}; anything not listed is
 * TOKEN_ERROR with the CKR name as `details.reason`.
 *
 * Beyond the obvious pairs: CKR_PIN_INVALID (characters the card does not accept) is a format
 * problem like CKR_PIN_LEN_RANGE; an unrecognised card and an invalidated session mean the card
 * that was there is gone (PKCS#11 closes every session of a removed token, and this provider keeps
 * no session across removals); the key-type/function/parameter refusals all say "this key cannot
 * sign like that".
 */
export const PKCS11_ERROR_TABLE: Readonly<Partial<Record<CkrName, TokenErrorCode>>> = {
  CKR_PIN_INCORRECT: 'PIN_INCORRECT',
  CKR_PIN_LOCKED: 'PIN_LOCKED',
  CKR_PIN_LEN_RANGE: 'PIN_FORMAT',
  CKR_PIN_INVALID: 'PIN_FORMAT',
  CKR_TOKEN_NOT_PRESENT: 'TOKEN_NOT_PRESENT',
  CKR_DEVICE_REMOVED: 'TOKEN_NOT_PRESENT',
  CKR_TOKEN_NOT_RECOGNIZED: 'TOKEN_NOT_PRESENT',
  CKR_SESSION_HANDLE_INVALID: 'TOKEN_NOT_PRESENT',
  CKR_SESSION_CLOSED: 'TOKEN_NOT_PRESENT',
  CKR_USER_NOT_LOGGED_IN: 'NOT_LOGGED_IN',
  CKR_FUNCTION_CANCELED: 'USER_CANCELLED',
  CKR_SLOT_ID_INVALID: 'READER_NOT_FOUND',
  CKR_MECHANISM_INVALID: 'ALGORITHM_NOT_ALLOWED',
  CKR_MECHANISM_PARAM_INVALID: 'ALGORITHM_NOT_ALLOWED',
  CKR_KEY_TYPE_INCONSISTENT: 'ALGORITHM_NOT_ALLOWED',
  CKR_KEY_FUNCTION_NOT_PERMITTED: 'ALGORITHM_NOT_ALLOWED',
  CKR_CRYPTOKI_NOT_INITIALIZED: 'PROVIDER_UNAVAILABLE',
};

const NAME_OF = new Map<number, CkrName>(
  (Object.entries(CKR) as [CkrName, number][]).map(([name, value]) => [value, name]),
);

/** A PKCS#11 return value: its name (`CKR_…`, or `CKR_VENDOR_DEFINED+0x…` / `0x…`) and number. */
export interface Pkcs11ReturnValue {
  name: string;
  code: number | undefined;
}

function nameOfCode(code: number): string {
  const known = NAME_OF.get(code);
  if (known) return known;
  if (code >= CKR.CKR_VENDOR_DEFINED)
    return `CKR_VENDOR_DEFINED+0x${(code - CKR.CKR_VENDOR_DEFINED).toString(16)}`;
  return `0x${code.toString(16).padStart(8, '0')}`;
}

/**
 * The return value carried by a middleware failure, or undefined when it is not one. Accepts
 * pkcs11js's `Pkcs11Error` (message `CKR_PIN_INCORRECT`, `code` 160), a bare number or a
 * `CKR_…` string.
 */
export function pkcs11ReturnValue(error: unknown): Pkcs11ReturnValue | undefined {
  if (typeof error === 'number' && Number.isInteger(error) && error >= 0) {
    return { name: nameOfCode(error), code: error };
  }
  if (typeof error === 'string') {
    const name = /\bCKR_[A-Z0-9_]+\b/.exec(error)?.[0];
    return name ? { name, code: (CKR as Record<string, number>)[name] } : undefined;
  }
  if (typeof error !== 'object' || error === null) return undefined;
  const { message, code } = error as { message?: unknown; code?: unknown };
  const named = typeof message === 'string' ? /\bCKR_[A-Z0-9_]+\b/.exec(message)?.[0] : undefined;
  // pkcs11js also throws NativeError (code 0, no CKR name) for failures outside the module, such as
  // a library that cannot be loaded: those are not return values.
  if (named) {
    const numeric = typeof code === 'number' && code > 0 ? code : (CKR as Record<string, number>)[named];
    // pkcs11js names every value it does not know CKR_VENDOR_DEFINED; the number says which.
    if (named === 'CKR_VENDOR_DEFINED' && numeric !== undefined)
      return { name: nameOfCode(numeric), code: numeric };
    return { name: named, code: numeric };
  }
  if ((error as { name?: unknown }).name === 'Pkcs11Error' && typeof code === 'number') {
    return { name: nameOfCode(code), code };
  }
  return undefined;
}

/**
 * PIN tries left as far as the token flags tell: 0 when locked, 1 on CKF_USER_PIN_FINAL_TRY, 2 on
 * CKF_USER_PIN_COUNT_LOW (a wrong PIN since the last right one; Taiwanese cards allow 3), else
 * undefined. PKCS#11 has no counter, so a token that sets no flags (SoftHSM sets only COUNT_LOW)
 * cannot say more.
 */
export function triesLeftFromTokenFlags(flags: number | undefined): number | undefined {
  if (flags === undefined) return undefined;
  if (flags & TokenFlags.USER_PIN_LOCKED) return 0;
  if (flags & TokenFlags.USER_PIN_FINAL_TRY) return 1;
  if (flags & TokenFlags.USER_PIN_COUNT_LOW) return 2;
  return undefined;
}

/** What the caller knows around the failure; it goes into the error's details. */
export interface Pkcs11ErrorContext {
  readerId?: string;
  /** CK_TOKEN_INFO flags read right after the failure (for the tries left and a fresh lock). */
  tokenFlags?: number;
  /** The card's issuing authority, for PIN_LOCKED. */
  ca?: CardAuthority;
  certificateId?: string;
  /** For ALGORITHM_NOT_ALLOWED: the algorithm asked for (`name/hash`) and what the key can do. */
  algorithm?: string;
  allowed?: readonly string[];
}

/**
 * Maps a PKCS#11 failure to a {@link TokenError} using {@link PKCS11_ERROR_TABLE}. A TokenError is
 * returned as it is; anything else becomes TOKEN_ERROR with the original as `cause`.
 *
 * CKR_PIN_INCORRECT carries `triesLeft` from {@link triesLeftFromTokenFlags} when the flags say
 * something, and becomes PIN_LOCKED when the flags show that this wrong PIN used the last try.
 * Every mapped error has the CKR name in `details.reason`. Never pass a PIN in the context.
 */
export function mapPkcs11Error(error: unknown, context: Pkcs11ErrorContext = {}): TokenError {
  if (error instanceof TokenError) return error;
  const base: Record<string, unknown> = context.readerId === undefined ? {} : { readerId: context.readerId };
  const rv = pkcs11ReturnValue(error);
  if (!rv) {
    return new TokenError('TOKEN_ERROR', { details: { ...base, reason: 'middleware-error' }, cause: error });
  }
  const details: Record<string, unknown> = { ...base, reason: rv.name };
  if (rv.code !== undefined) details['returnValue'] = rv.code;
  let code: TokenErrorCode = PKCS11_ERROR_TABLE[rv.name as CkrName] ?? 'TOKEN_ERROR';

  if (code === 'PIN_INCORRECT') {
    const triesLeft = triesLeftFromTokenFlags(context.tokenFlags);
    if (triesLeft === 0) code = 'PIN_LOCKED';
    else if (triesLeft !== undefined) details['triesLeft'] = triesLeft;
  }
  if (code === 'PIN_LOCKED' && context.ca !== undefined) details['ca'] = context.ca;
  if (code === 'ALGORITHM_NOT_ALLOWED') {
    if (context.algorithm !== undefined) details['algorithm'] = context.algorithm;
    if (context.allowed !== undefined) details['allowed'] = [...context.allowed];
  }
  if (context.certificateId !== undefined && (code === 'ALGORITHM_NOT_ALLOWED' || code === 'TOKEN_ERROR')) {
    details['certificateId'] = context.certificateId;
  }
  return new TokenError(code, { details, cause: error });
}
