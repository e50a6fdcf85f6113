// A card that cannot succeed, refused before its PIN is asked: expired, not valid yet, revoked
// (the API's published CRL lists it), or a citizen card of someone other than the national ID typed
// (its last 4 characters, the only ID data the certificate carries). A locked card is refused as
// TokenError PIN_LOCKED, as the card itself would answer. Each says why and what to do; `details.ca`
// names the authority to contact, which explainError() turns into its phone number.
import type { CaKind } from '../certs/profile.js';
import { GepiError } from '../errors.js';
import type { LocalizedText } from '../errors.js';

export const CARD_REFUSAL_CODES = {
  expired: 'CARD_EXPIRED',
  notYetValid: 'CARD_NOT_YET_VALID',
  revoked: 'CARD_REVOKED',
  wrongPerson: 'CARD_WRONG_PERSON',
} as const;

export type CardRefusalCode = (typeof CARD_REFUSAL_CODES)[keyof typeof CARD_REFUSAL_CODES];

/** Short headings of the refusals, for explainError(). */
export const CARD_REFUSAL_TITLES: Readonly<Record<CardRefusalCode, LocalizedText>> = {
  CARD_EXPIRED: { 'zh-TW': '憑證已過期', en: 'Certificate expired' },
  CARD_NOT_YET_VALID: { 'zh-TW': '憑證尚未生效', en: 'Certificate not valid yet' },
  CARD_REVOKED: { 'zh-TW': '憑證已廢止', en: 'Certificate revoked' },
  CARD_WRONG_PERSON: { 'zh-TW': '自然人憑證與身分證統一編號不符', en: 'Card of another person' },
};

export interface CardRefusalFacts {
  ca: CaKind;
  caName: LocalizedText;
  /** ROC date of notAfter (expired) or notBefore (not valid yet). */
  date?: string;
  /** The holder's name (wrong person). */
  holder?: string;
  /** The label of the national ID field (wrong person). */
  label?: LocalizedText;
}

function text(code: CardRefusalCode, f: CardRefusalFacts): LocalizedText {
  const ca = f.caName;
  switch (code) {
    case 'CARD_EXPIRED':
      return {
        'zh-TW': `此憑證已於${f.date ?? ''}到期，無法使用，請勿輸入PIN碼；請向${ca['zh-TW']}申請新憑證（換發新卡）。`,
        en: `This certificate expired on ${f.date ?? ''} and cannot be used; do not enter its PIN. Apply to ${ca.en} for a new certificate.`,
      };
    case 'CARD_NOT_YET_VALID':
      return {
        'zh-TW': `此憑證自${f.date ?? ''}起生效，目前無法使用，請勿輸入PIN碼；請於生效後再試，或洽${ca['zh-TW']}。`,
        en: `This certificate is valid from ${f.date ?? ''} and cannot be used yet; do not enter its PIN. Try again then, or contact ${ca.en}.`,
      };
    case 'CARD_REVOKED':
      return {
        'zh-TW': `此憑證已廢止，無法使用，請勿輸入PIN碼；請洽${ca['zh-TW']}申請新憑證。`,
        en: `This certificate has been revoked and cannot be used; do not enter its PIN. Contact ${ca.en} for a new certificate.`,
      };
    case 'CARD_WRONG_PERSON': {
      const label = f.label ?? { 'zh-TW': '身分證統一編號', en: 'national ID' };
      return {
        'zh-TW': `讀卡機中是${f.holder ?? ''}的自然人憑證，與輸入的${label['zh-TW']}不符：請確認${label['zh-TW']}，或放入本人的自然人憑證IC卡。`,
        en: `The reader holds ${f.holder ?? 'someone'}'s citizen card, which does not match the ${label.en} typed: check it, or insert the card of that person.`,
      };
    }
  }
}

/** A card refused before its PIN was asked; `field` is `card`, or `nationalId` for the wrong person. */
export class CardRefusedError extends GepiError {
  override name = 'CardRefusedError';
  declare readonly code: CardRefusalCode;

  constructor(code: CardRefusalCode, facts: CardRefusalFacts, details: Record<string, unknown> = {}) {
    super({
      code,
      text: text(code, facts),
      field: code === 'CARD_WRONG_PERSON' ? 'nationalId' : 'card',
      details: { ca: facts.ca, ...details },
    });
  }
}
