// Who to call about a card or a registration: the five certification authorities (from chapter 3 of
// the manual, 二 and 三) and the bank's insurance department with its two underwriting sections.
// The facts are the SDK's (CA_CONTACT_FACTS, BANK_CONTACT_FACTS, also served by the API); this module
// adds the names and `tel:` digits the elements show. One typed module, so the lock warning, the locked-card panel, the pending-review message and
// <gepi-ca-contacts> never disagree. Names come from the element catalogs, so a name shown beside
// a contact is the same text wherever it appears.
import { BANK_CONTACT_FACTS, CA_CONTACT_FACTS, phoneDigits } from '@gepi/sdk';
import type { CardAuthority, LocalizedText } from '@gepi/sdk';
import { enNames as en } from '../i18n/en-names.js';
import { sharedZh as zhTW } from '../i18n/zh-TW/shared.js';

export interface CaContact {
  readonly id: CardAuthority;
  /** Which cards the authority issues: 機關憑證 (org) or 自然人憑證 (citizen). */
  readonly issues: 'org' | 'citizen';
  readonly name: LocalizedText;
  /** 服務網址, as the manual prints it. */
  readonly web: string;
  /** The service line as the manual prints it. */
  readonly phone: string;
  /** The same number for a `tel:` link: national digits, dialable from a Taiwanese phone. */
  readonly tel: string;
  /** 憑證申請作業流程: how to apply for a card. */
  readonly applyUrl: string;
}

export interface BankSection {
  readonly id: 'section1' | 'section2';
  readonly name: LocalizedText;
  readonly extension: string;
  /** The places whose insured agencies the section serves, north to south as the manual lists them. */
  readonly regions: readonly LocalizedText[];
}

export interface BankContact {
  readonly name: LocalizedText;
  readonly phone: string;
  readonly tel: string;
  readonly fax: string;
  readonly sections: readonly BankSection[];
}

const named = (key: `ca.${CardAuthority}`): LocalizedText => ({ 'zh-TW': zhTW[key], en: en[key] });

/** The authorities in the manual's order: the four that issue organization cards, then MOICA. */
export const CA_ORDER: readonly CardAuthority[] = ['GCA', 'XCA', 'MOEACA', 'HCA', 'MOICA'];

/** The authorities that issue 機關憑證; one of them unlocks a locked organization card. */
export const ORG_CARD_AUTHORITIES: readonly CardAuthority[] = ['GCA', 'XCA', 'MOEACA', 'HCA'];

export const CA_CONTACTS: Readonly<Record<CardAuthority, CaContact>> = Object.fromEntries(
  CA_ORDER.map((id) => {
    const facts = CA_CONTACT_FACTS[id];
    const contact: CaContact = {
      id,
      issues: facts.issues,
      name: named(`ca.${id}`),
      web: facts.web,
      phone: facts.phone,
      tel: phoneDigits(facts.phone),
      applyUrl: facts.applyUrl,
    };
    return [id, contact];
  }),
) as Record<CardAuthority, CaContact>;

const SECTION_KEYS = { 1: 'section1', 2: 'section2' } as const;

export const BANK_CONTACT: BankContact = {
  name: { 'zh-TW': zhTW['bank.name'], en: en['bank.name'] },
  phone: BANK_CONTACT_FACTS.phone,
  tel: phoneDigits(BANK_CONTACT_FACTS.phone),
  fax: BANK_CONTACT_FACTS.fax,
  sections: BANK_CONTACT_FACTS.sections.map(({ section, extension, regions }) => {
    const id = SECTION_KEYS[section];
    return { id, name: { 'zh-TW': zhTW[`bank.${id}`], en: en[`bank.${id}`] }, extension, regions };
  }),
};

/** Whether `value` names one of the five authorities (attributes arrive as any string). */
export function isCardAuthority(value: unknown): value is CardAuthority {
  return typeof value === 'string' && Object.hasOwn(CA_CONTACTS, value);
}
