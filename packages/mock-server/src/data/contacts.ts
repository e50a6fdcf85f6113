// Contacts shown where a card problem or a pending review is explained: the five certification
// authorities (chapter 3, sections 二 and 三 of the manual) and the bank's underwriting sections
// by region. Served as data so that hosts can show them without hard-coding.
import type * as z from 'zod';
import type { contactsSchema } from '@gepi/sdk/api';

export const contacts: z.infer<typeof contactsSchema> = {
  certificationAuthorities: [
    {
      id: 'GCA',
      name: { 'zh-TW': '政府憑證管理中心', en: 'Government Certification Authority (GCA)' },
      web: 'http://gca.nat.gov.tw',
      phone: '02-2192-7111',
      applyUrl: 'http://gca.nat.gov.tw/web2/apply01.html',
    },
    {
      id: 'XCA',
      name: {
        'zh-TW': '組織及團體憑證管理中心',
        en: 'Certification Authority for Organizations and Groups (XCA)',
      },
      web: 'http://xca.nat.gov.tw',
      phone: '02-2192-7111',
      applyUrl: 'http://xca.nat.gov.tw/web2/apply01.html',
    },
    {
      id: 'MOEACA',
      name: {
        'zh-TW': '經濟部工商憑證管理中心',
        en: 'Ministry of Economic Affairs Certification Authority (MOEACA)',
      },
      web: 'http://moeaca.nat.gov.tw',
      phone: '412-1166',
      applyUrl: 'http://moeaca.nat.gov.tw/moeacaee.html',
    },
    {
      id: 'HCA',
      name: { 'zh-TW': '醫事憑證管理中心', en: 'Healthcare Certification Authority (HCA)' },
      web: 'http://hca.nat.gov.tw',
      phone: '0800-364-422',
      applyUrl: 'http://hca.nat.gov.tw/CertNote.aspx',
    },
    {
      id: 'MOICA',
      name: { 'zh-TW': '內政部憑證管理中心', en: 'Ministry of the Interior Certification Authority (MOICA)' },
      web: 'http://moica.nat.gov.tw',
      phone: '0800-080-117',
      applyUrl: 'http://moica.nat.gov.tw/apply.html',
      // The manual sends citizens to 『憑證作業』\『鎖卡解碼』 on this site to reset the PIN.
      unlockUrl: 'http://moica.nat.gov.tw',
    },
  ],
  bank: {
    name: { 'zh-TW': '臺灣銀行公教保險部', en: 'Bank of Taiwan, Government Employees Insurance Department' },
    phone: '(02)2701-3411',
    fax: '(02)2701-5622',
    address: {
      'zh-TW': '臺北市大安區信義路三段140號6樓',
      en: '6F, No. 140, Sec. 3, Xinyi Rd., Da’an Dist., Taipei City',
    },
    sections: [
      {
        id: 'underwriting-1',
        name: { 'zh-TW': '承保第一科', en: 'Underwriting Section 1' },
        extension: '5312',
        regions: ['宜蘭', '基隆', '臺北', '桃園', '苗栗', '新竹', '花蓮', '澎湖', '金門', '馬祖'],
      },
      {
        id: 'underwriting-2',
        name: { 'zh-TW': '承保第二科', en: 'Underwriting Section 2' },
        extension: '5353',
        regions: ['彰化', '臺中', '南投', '雲林', '嘉義', '臺南', '高雄', '屏東', '臺東'],
      },
    ],
  },
};
