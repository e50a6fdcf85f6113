// Who to call about a card or a registration, as chapter 3 of the manual prints it (二 and 三, and
// the bank's footer): each certification authority's site, service line and application page, and
// the bank's insurance department with its two underwriting sections and the regions they serve.
// The one copy of these facts: the API serves them and the elements show them.
import type { LocalizedText } from '../errors.js';
import type { CardAuthority } from '../tokens/errors.js';

export interface CaContactFacts {
  readonly id: CardAuthority;
  /** Which cards the authority issues: 機關憑證 (org) or 自然人憑證 (citizen). */
  readonly issues: 'org' | 'citizen';
  /** 服務網址. */
  readonly web: string;
  /** The service line as the manual prints it. */
  readonly phone: string;
  /** 憑證申請作業流程. */
  readonly applyUrl: string;
  /** Where a locked card's PIN is reset (鎖卡解碼), where the manual names a page for it. */
  readonly unlockUrl?: string;
}

export interface BankSectionFacts {
  /** 1 = 承保第一科, 2 = 承保第二科. */
  readonly section: 1 | 2;
  readonly extension: string;
  /** The places whose insured agencies the section serves, in the manual's order. */
  readonly regions: readonly LocalizedText[];
}

export interface BankContactFacts {
  readonly phone: string;
  readonly fax: string;
  readonly address: LocalizedText;
  readonly sections: readonly BankSectionFacts[];
}

/** The authorities in the manual's order: the four that issue organization cards, then MOICA. */
export const CA_CONTACT_FACTS: Readonly<Record<CardAuthority, CaContactFacts>> = {
  GCA: {
    id: 'GCA',
    issues: 'org',
    web: 'http://gca.nat.gov.tw',
    phone: '02-2192-7111',
    applyUrl: 'http://gca.nat.gov.tw/web2/apply01.html',
  },
  XCA: {
    id: 'XCA',
    issues: 'org',
    web: 'http://xca.nat.gov.tw',
    phone: '02-2192-7111',
    applyUrl: 'http://xca.nat.gov.tw/web2/apply01.html',
  },
  MOEACA: {
    id: 'MOEACA',
    issues: 'org',
    web: 'http://moeaca.nat.gov.tw',
    // A nationwide number without an area code: dialled as is from a landline.
    phone: '412-1166',
    applyUrl: 'http://moeaca.nat.gov.tw/moeacaee.html',
  },
  HCA: {
    id: 'HCA',
    issues: 'org',
    web: 'http://hca.nat.gov.tw',
    phone: '0800-364-422',
    applyUrl: 'http://hca.nat.gov.tw/CertNote.aspx',
  },
  MOICA: {
    id: 'MOICA',
    issues: 'citizen',
    web: 'http://moica.nat.gov.tw',
    phone: '0800-080-117',
    applyUrl: 'http://moica.nat.gov.tw/apply.html',
    // The manual sends citizens to 『憑證作業』\『鎖卡解碼』 on this site to reset the PIN.
    unlockUrl: 'http://moica.nat.gov.tw',
  },
};

const place = (zh: string, en: string): LocalizedText => ({ 'zh-TW': zh, en });

export const BANK_CONTACT_FACTS: BankContactFacts = {
  phone: '(02)2701-3411',
  fax: '(02)2701-5622',
  address: {
    'zh-TW': '臺北市大安區信義路三段140號6樓',
    en: '6F, No. 140, Sec. 3, Xinyi Rd., Da’an Dist., Taipei City',
  },
  sections: [
    {
      section: 1,
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
      section: 2,
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

/** A printed phone number as the digits a `tel:` link dials (`(02)2701-3411` → `0227013411`). */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}
