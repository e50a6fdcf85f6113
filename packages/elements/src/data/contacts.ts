// Who to call about a card or a registration: the five certification authorities (from chapter 3 of
// the manual, 二 and 三) and the bank's insurance department with its two underwriting sections.
// One typed module, so the lock warning, the locked-card panel, the pending-review message and
// <gepi-ca-contacts> never disagree. Names come from the element catalogs, so a name shown beside
// a contact is the same text wherever it appears.
import type { CardAuthority, LocalizedText } from '@gepi/sdk';
import { en } from '../i18n/en.js';
import { zhTW } from '../i18n/zh-TW.js';

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

export const CA_CONTACTS: Readonly<Record<CardAuthority, CaContact>> = {
  GCA: {
    id: 'GCA',
    issues: 'org',
    name: named('ca.GCA'),
    web: 'http://gca.nat.gov.tw',
    phone: '02-2192-7111',
    tel: '0221927111',
    applyUrl: 'http://gca.nat.gov.tw/web2/apply01.html',
  },
  XCA: {
    id: 'XCA',
    issues: 'org',
    name: named('ca.XCA'),
    web: 'http://xca.nat.gov.tw',
    phone: '02-2192-7111',
    tel: '0221927111',
    applyUrl: 'http://xca.nat.gov.tw/web2/apply01.html',
  },
  MOEACA: {
    id: 'MOEACA',
    issues: 'org',
    name: named('ca.MOEACA'),
    web: 'http://moeaca.nat.gov.tw',
    // A nationwide number without an area code: dialled as is from a landline.
    phone: '412-1166',
    tel: '4121166',
    applyUrl: 'http://moeaca.nat.gov.tw/moeacaee.html',
  },
  HCA: {
    id: 'HCA',
    issues: 'org',
    name: named('ca.HCA'),
    web: 'http://hca.nat.gov.tw',
    phone: '0800-364-422',
    tel: '0800364422',
    applyUrl: 'http://hca.nat.gov.tw/CertNote.aspx',
  },
  MOICA: {
    id: 'MOICA',
    issues: 'citizen',
    name: named('ca.MOICA'),
    web: 'http://moica.nat.gov.tw',
    phone: '0800-080-117',
    tel: '0800080117',
    applyUrl: 'http://moica.nat.gov.tw/apply.html',
  },
};

const place = (zh: string, english: string): LocalizedText => ({ 'zh-TW': zh, en: english });

export const BANK_CONTACT: BankContact = {
  name: { 'zh-TW': zhTW['bank.name'], en: en['bank.name'] },
  phone: '(02)2701-3411',
  tel: '0227013411',
  fax: '(02)2701-5622',
  sections: [
    {
      id: 'section1',
      name: { 'zh-TW': zhTW['bank.section1'], en: en['bank.section1'] },
      extension: '5312',
      regions: [
        place('宜蘭', 'Yilan'),
        place('基隆', 'Keelung'),
        place('臺北', 'Taipei'),
        place('桃園', 'Taoyuan'),
        place('苗栗', 'Miaoli'),
        place('新竹', 'Hsinchu'),
        place('花蓮', 'Hualien'),
        place('澎湖', 'Penghu'),
        place('金門', 'Kinmen'),
        place('馬祖', 'Matsu'),
      ],
    },
    {
      id: 'section2',
      name: { 'zh-TW': zhTW['bank.section2'], en: en['bank.section2'] },
      extension: '5353',
      regions: [
        place('彰化', 'Changhua'),
        place('臺中', 'Taichung'),
        place('南投', 'Nantou'),
        place('雲林', 'Yunlin'),
        place('嘉義', 'Chiayi'),
        place('臺南', 'Tainan'),
        place('高雄', 'Kaohsiung'),
        place('屏東', 'Pingtung'),
        place('臺東', 'Taitung'),
      ],
    },
  ],
};

/** Whether `value` names one of the five authorities (attributes arrive as any string). */
export function isCardAuthority(value: unknown): value is CardAuthority {
  return typeof value === 'string' && Object.hasOwn(CA_CONTACTS, value);
}
