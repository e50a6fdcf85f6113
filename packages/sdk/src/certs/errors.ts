// Errors raised when a certificate cannot be read or is not one of the Taiwanese card profiles
// the kit accepts. Codes are stable; `details.reason` says which check failed.
import { GepiError } from '../errors.js';
import type { LocalizedText } from '../errors.js';

export const CERT_ERROR_CODES = {
  /** Not PEM/base64/DER of an X.509 certificate, or a Taiwan-specific extension is undecodable. */
  malformed: 'CERT_MALFORMED',
  /** A well-formed certificate, but not from a known CA or missing what its CA always writes. */
  unrecognisedProfile: 'CERT_UNRECOGNISED_PROFILE',
  /** A citizen certificate where an organization certificate was expected, or the reverse. */
  wrongKind: 'CERT_WRONG_KIND',
  /** 讀取憑證 found only the authorization manager's own citizen card, where a handler's is asked for. */
  managerCard: 'CERT_IS_MANAGER',
} as const;

export type CertificateProfileErrorCode = (typeof CERT_ERROR_CODES)[keyof typeof CERT_ERROR_CODES];

/** Why a certificate was not recognised (`details.reason`). */
export type CertificateProfileReason =
  | 'not-a-certificate'
  | 'bad-attribute-encoding'
  | 'unknown-issuer'
  | 'missing-attribute'
  | 'unexpected-type'
  | 'expected-citizen'
  | 'expected-org'
  | 'manager-card';

const TEXT: Record<CertificateProfileErrorCode, LocalizedText> = {
  CERT_MALFORMED: {
    'zh-TW': '無法讀取憑證內容，憑證格式錯誤。',
    en: 'The certificate could not be read: it is not a well-formed X.509 certificate.',
  },
  CERT_UNRECOGNISED_PROFILE: {
    'zh-TW': '此憑證非本系統接受之自然人憑證或機關憑證。',
    en: 'This certificate is not a citizen or organization certificate that the system accepts.',
  },
  CERT_WRONG_KIND: {
    'zh-TW': '憑證種類不符，請確認放入的IC卡。',
    en: 'This is the wrong kind of certificate; check which card is in the reader.',
  },
  CERT_IS_MANAGER: {
    'zh-TW':
      '讀卡機中是授權管理者本人的自然人憑證IC卡：請取出，改放入經辦人的自然人憑證IC卡，再按「讀取憑證」。',
    en: "The reader holds the authorization manager's own citizen card: take it out, insert the handler's citizen card, then press Read card.",
  },
};

const WRONG_KIND_TEXT: Record<'expected-citizen' | 'expected-org', LocalizedText> = {
  'expected-citizen': {
    'zh-TW': '此卡為機關憑證，請放入自然人憑證IC卡。',
    en: 'This is an organization certificate; insert the citizen certificate card.',
  },
  'expected-org': {
    'zh-TW': '此卡為自然人憑證，請放入機關憑證IC卡。',
    en: 'This is a citizen certificate; insert the organization certificate card.',
  },
};

export class CertificateProfileError extends GepiError {
  override name = 'CertificateProfileError';
  declare readonly code: CertificateProfileErrorCode;

  constructor(
    code: CertificateProfileErrorCode,
    reason: CertificateProfileReason,
    details: Record<string, unknown> = {},
    cause?: unknown,
  ) {
    const text =
      reason === 'expected-citizen' || reason === 'expected-org' ? WRONG_KIND_TEXT[reason] : TEXT[code];
    super({ code, text, details: { reason, ...details }, cause });
  }

  /** Which check failed. */
  get reason(): CertificateProfileReason {
    return this.details.reason as CertificateProfileReason;
  }
}

export function isCertificateProfileError(value: unknown): value is CertificateProfileError {
  return value instanceof CertificateProfileError;
}
