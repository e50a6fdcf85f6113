// One example per operation of the registration API, request and answer, for the OpenAPI document
// (and so for /docs and example-driven tools). Recorded from the demo server (`npm start`: the demo
// dataset, its cards signing for http://localhost:8787) and shortened where a list is long; the
// nonce, signature and token values are what one run produced and are not valid on another server.
// Typed against the contract's schemas, and test/openapi-examples.test.ts checks each one against
// both the schemas the server runs and the document, so an example cannot go stale silently.
import type * as z from 'zod/mini';
import type { EndpointId, endpoints } from './endpoints.js';

type Def<K extends EndpointId> = (typeof endpoints)[K];
type Input<S> = S extends z.ZodMiniType ? z.input<S> : never;
type Output<S> = S extends z.ZodMiniType ? z.output<S> : never;

/** An example call: path and query parameters as sent (text), the body as sent, the answer as received. */
export interface OperationExample {
  params?: Record<string, string>;
  query?: Record<string, string>;
  request?: unknown;
  response?: unknown;
}

type TypedExample<K extends EndpointId> = {
  params?: Def<K> extends { params: infer P } ? { [F in keyof Input<P>]: string } : never;
  query?: Def<K> extends { query: infer Q } ? { [F in keyof Input<Q>]?: string } : never;
  request?: Def<K> extends { body: infer B } ? Input<B> : never;
  response?: Def<K>['response'] extends { schema: infer S }
    ? Output<S>
    : Def<K>['response'] extends { contentType: string }
      ? string
      : never;
};

export const operationExamples: { [K in EndpointId]: TypedExample<K> & OperationExample } = {
  health: { response: { status: 'ok', time: '2026-12-07T05:45:38.293Z', version: '0.1.0' } },
  permissions: {
    response: {
      permissions: [
        {
          id: 'premium',
          label: '保費申報作業',
          children: [
            { id: 'premium.change', label: '異動登錄' },
            { id: 'premium.submit', label: '申報與傳送' },
            { id: 'premium.print', label: '申報資料列印' },
            { id: 'premium.query', label: '申報資料查詢' },
            { id: 'premium.attach', label: '附件補送' },
            { id: 'premium.coordinate', label: '問題協調' },
            { id: 'premium.offline', label: '離線異動登錄檔案下載' },
          ],
        },
        { id: 'benefit-calc', label: '給付試算作業', children: [{ id: 'benefit.calc', label: '給付試算' }] },
      ],
    },
  },
  contacts: {
    response: {
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
          name: {
            'zh-TW': '內政部憑證管理中心',
            en: 'Ministry of the Interior Certification Authority (MOICA)',
          },
          web: 'http://moica.nat.gov.tw',
          phone: '0800-080-117',
          applyUrl: 'http://moica.nat.gov.tw/apply.html',
          unlockUrl: 'http://moica.nat.gov.tw',
        },
      ],
      bank: {
        name: {
          'zh-TW': '臺灣銀行公教保險部',
          en: 'Bank of Taiwan, Government Employees Insurance Department',
        },
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
    },
  },
  terms: {
    response: {
      title: '公教人員保險網路作業 e 系統用戶約定條款',
      preamble:
        '本要保單位已閱讀後充分瞭解並同意遵守「公教人員保險網路作業 e 系統」（以下稱本作業系統）用戶約定條款（以下稱本約定條款）：',
      clauses: [
        '本要保單位應選用本作業系統所需的電腦環境及安全的應用系統，並採取適當的防護控制措施。',
        '本要保單位應確保資料之正確性，如因資料有誤、不實導致被保險人等權益受損，應自行解決並承擔責任。',
        '本要保單位應以機關憑證及單位授權管理人之自然人憑證完成註冊，進行承辦人權限設定（含授權指派、變更或停止作業），代理本要保單位辦理公教人員保險相關事宜。本要保單位對承辦人之申報作業應善盡管理責任，並監督其使用本作業系統之正確性與安全性。',
        '本要保單位應避免將相關憑證交付他人或遭他人冒用、盜用之情事發生，以善盡保管責任。',
        '本要保單位同意以本作業系統申報（辦）後產製及傳輸之電子文件作為書面文件之原本或正本，免再送蓋用印信或公保專用章的書面文件。',
        '當本作業系統無法運作時，本要保單位仍應依相關規定於期限內辦理申報（辦）作業。',
        '雙方對申報（辦）結果產生疑義時，同意承保機關依相關法律規定及程序辦理。',
        '本要保單位自本作業系統取得（查詢、列印）之資料，應負保密責任，如有不當使用或侵犯個人隱私，應依個人資料保護法暨其他相關規定負法律責任。',
        '本要保單位裁撤後，承保機關有權終止提供本作業系統服務。',
        '本約定條款如有未盡事宜，悉依有關法令及承保機關相關作業規定辦理。',
      ],
      downloadedAt: '2026-12-07T05:45:38.330Z',
      downloadedAtRoc: '115年12月07日13點45分38秒',
    },
  },
  createChallenge: {
    request: { purpose: 'assignment', agencyCode: '10002' },
    response: {
      nonce: 'G3zU24BZNBOlAono1ijWPKT6XVPDRvsn6Mmw-U2Of_g',
      origin: 'http://localhost:8787',
      purpose: 'assignment',
      agencyCode: '10002',
      expiresAt: '2026-12-07T05:50:38.354Z',
    },
  },
  orgSignIn: {
    request: {
      nonce: 'v8OeTZr6k55y-YbDfTAH2GuViZxMUq9cqsx2bZ2VGq4',
      origin: 'http://localhost:8787',
      certificate:
        'MIID9zCCAt+gAwIBAgIQa38+JcSomOGZfUgpW9oAAjANBgkqhkiG9w0BAQsFADBhMQswCQYDVQQGEwJUVzESMBAGA1UECgwJ6KGM5pS/6ZmiMSowKAYDVQQLDCHntYTnuZTlj4rlnJjpq5TmhpHorYnnrqHnkIbkuK3lv4MxEjAQBgNVBAsMCea4rOippueUqDAeFw0yNTAxMDYwMjQxMDlaFw0yNzAxMDEwMjQxMDlaMEQxCzAJBgNVBAYTAlRXMSEwHwYDVQQKDBjlnIvnq4voh7rngaPmuKzoqablpKflrbgxEjAQBgNVBAsMCea4rOippueUqDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALv4wHQ5Pb1B9wZH0y2HLn0XTOO38RSh7QVMTVn34z+4hM2P5v83K0yir050Ut69bHf+bH9l1jlhIRSoQZBNkTBLBSICIVPANtKCNJTp6JUv7oVwJvt8J31DLZSVysPWO6ANx8ajtUNZGx3UwFwT7sLuB0z/qKAVc72L/oV6ngpxZ5MWlynY+AqoYz7p28kmeKF8hEM2K0s95oG4ONX3YZO4EKuKIIooa4bHTVdrFRqdW0FLemE5dVRhgVRIX5M5rfAU46VeUXM3jvGN3FLt18QPsipUC2Yzlwkv8ezLchGUH3Ky5L2MmnXmgF8+6hSGezW9iBsJ5qZ/GpyMlXlvBQcCAwEAAaOBxzCBxDAOBgNVHQ8BAf8EBAMCBsAwDAYDVR0TAQH/BAIwADAUBgNVHSAEDTALMAkGB2CGdmUAAwMwTgYDVR0JBEcwRTAWBgdghnYBZAIBMQsGCWCGdgFkAwIBATArBgdghnYBZAJmMSATHjIuMTYuODg2LjExMS45MDAxMC45MDAwMy4xMDAwMjAdBgNVHQ4EFgQUIJWNGddoWe1IYHLR4Igc+vU7vNIwHwYDVR0jBBgwFoAUhCZKWbZCk8vkwpna6IfWJ4Y5NJ8wDQYJKoZIhvcNAQELBQADggEBAJEqsQNxnZb0moO32gzRQfl1hxJaHLlry53yj/ruHZHbaD4BDjXT5JRTTf4lZDBfL1XigpcGHEq5fGkag1WqVLpp9Pq+MAuWNWBjhEaR5jYyxcA4qxyCAKnxBrYAyrREzpSeEtwmdFXmvl8Pc6NBeCUhLiQU7TuqeQ6StiLlsJ5CE1oK5DGTjWMapk9HOAT3Diw22h2lQHAXLTz9psPyFOVTROd00vScM/y5fgOk71t8PnziUHdZAq8jDxwRakNQDWR4HptsJR6miVAsnmEqWobY/C/I+RfKggI4HzCIIa75+jNEe2+BfHgqNimn/elozFqUGtmA1RLhXAY9ZYOFhrY=',
      signature:
        'BSPNBkT8hqGk+fKPKN0ihPi0T7JrVlf0YSNJbfEIipicwcTjootGfrWU3NlVY8DkyIXazDyUGfriwWiKkrjrNnJ8vs4E1HXwt6dPUS/WvCnAwpUdudknhgK/ljeScfVxjV2EWmknCoZdWRsoJcMhAnzkObhFSXGj2f/w51Vd/vciQcIuTxRQTpkAcTVccndU895212AG+p0gFHO1QLpguqeN8DTOuydUbJMqnysMSPfbbcg+2hcE63m9tQNjX5bKr2paItQ3Z0CXUYnl7wXal/u0D8z4ORtRjT3x5eJ0P8p+o9Z3YZF/MVzHLoU1yZSPFC4AxRdCEuvCyODOv6xZVw==',
      algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      cardNumber: 'XC00000000010002',
      agencyCode: '10002',
      purpose: 'assignment',
    },
    response: {
      purpose: 'assignment',
      expiresAt: '2026-12-07T05:55:38.546Z',
      maxExpiresAt: '2026-12-07T06:15:38.546Z',
      agency: { code: '10002', name: '國立臺灣測試大學', region: '臺北市' },
      org: {
        agencyCode: '10002',
        agencyName: '國立臺灣測試大學',
        organizationName: '國立臺灣測試大學',
        orgId: '2.16.886.111.90010.90003.10002',
        serial: '6B7F3E25C4A898E1997D48295BDA0002',
        cardNumber: 'XC00000000010002',
        subjectDn: 'C=TW, O=國立臺灣測試大學, OU=測試用',
        notBefore: '2025-01-06T02:41:09.000Z',
        notAfter: '2027-01-01T02:41:09.000Z',
        ca: 'XCA',
        caName: {
          'zh-TW': '組織及團體憑證管理中心',
          en: 'Certification Authority for Organizations and Groups (XCA)',
        },
        cardType: { 'zh-TW': '正卡', en: 'primary card' },
      },
      citizen: null,
      next: 'citizen-sign-in',
      managerName: '林美惠',
      contactOnFile: null,
      token: 'jy00NzbTb8LKR5QTBSwfVa3LV-pwB_n9ueyFiQdYFr8',
    },
  },
  citizenSignIn: {
    request: {
      nonce: 'Cae82yb0RJ7OoezXwkOLw97XzAc_CEyVRClC7EeREL4',
      origin: 'http://localhost:8787',
      certificate:
        'MIID4jCCAsqgAwIBAgIQEABIIQ3S3y4SgJapKCsAAjANBgkqhkiG9w0BAQsFADBbMQswCQYDVQQGEwJUVzESMBAGA1UECgwJ6KGM5pS/6ZmiMSQwIgYDVQQLDBvlhafmlL/pg6jmhpHorYnnrqHnkIbkuK3lv4MxEjAQBgNVBAsMCea4rOippueUqDAeFw0yNDA2MjAwMjQxMDlaFw0yOTA2MTkwMjQxMDlaMFAxCzAJBgNVBAYTAlRXMRIwEAYDVQQLDAnmuKzoqabnlKgxEjAQBgNVBAMMCeael+e+juaDoDEZMBcGA1UEBRMQMDkwMzAwMDAwMDAwMDAwMjCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAKLynJKfjaoJu7a0znkXH2P1/ykoJrjx+1JIx2/al0Asi1RG1WCGzv3xCFwKnAwrc2wC7Oi9LEf7vQ1A9z9nzvmQXtBHKvY/mvi1oXv4BiUZoXh/Spn8p8NnPWyDjuAyzZqQ7WTk/fLMA04hEa1Dvo0f87xlE6LrM5dis/LWs3+wb6jil6SAKEnhrL0lv5xxDKPIQAAjwPvwd0J5rl9hsTOafFNk/alt+f29U946YQU7HFxJi/wXzFblCtnGdMCcT/DP2FD883OoQQ2FRsReG9CI94QNga2p0uyQTQNaVG2EfQVo+y9uNezWyiJJewmZEGenFYbr3yHPEdvzdmFCgK8CAwEAAaOBrDCBqTAOBgNVHQ8BAf8EBAMCBsAwDAYDVR0TAQH/BAIwADAUBgNVHSAEDTALMAkGB2CGdmUAAwMwMwYDVR0JBCwwKjAVBgdghnYBZAIBMQoGCGCGdgFkAwEBMBEGB2CGdgFkAjMxBhMENjc4NjAdBgNVHQ4EFgQUzDjiPMXw5mH53DHlohDLwSB3j48wHwYDVR0jBBgwFoAUJTCUj0g2EKrc3cB+E3KUqNq8Cy0wDQYJKoZIhvcNAQELBQADggEBAHev0dRpsntPVnD7k9MvL0o3aUfBDyj7Dnm2rdKMAGjll5yOu+Tl1cPszfnfzVt4PNFR7Tf/pPIEtYjzzRwaDzduaVOcg9QQebFAn2v555D96MNon+Aoh5uL5kjinN28oAyMU6fg1G8au0QauxtbR9VBerIq6M4Y6O0zRiCy8+q4uRM03OjmRe4/CAwX7lPmSwLYQgqzNdOyKpnfuMi7AS5nDiFOQTnWmms1cBWKIHV/3DuwMMLgejg2WiqxaMvg9lqZkERImysTDRPoFMDt3sY5ccg3MuUIFuUpOB8iotkPGcbah4O+6Mxgm59jDM20BUsTa7fiYDwDcPsEA3sV9dU=',
      signature:
        'WpOKiElgaUbOWYDz6ROqx2f5FtS+Bs3avdRnB1jmXxNDosJcXoSV0VLiT+2dc4n7mTivUUxo87RWIAti0kEZjRJgTJv3/O1jZwA0BlTsMLu12gSsU3zOC7Q0VUayl0e4SC1A2JXuU9IDqvDyBAwOpfPM/BiR7d+UvTJsR+a7z6+2N8zSsoE0gGFTwwgmbuXcixq7OtPs7SU832WiYjDW6yQdMlbeBnvFdEfA1lOLbmQUMKGmL+qOcm7ixtPys68ZgW90dwnz7mEDEyjuav7SNbgcN0LxHZwdhHbEKtfAEPk3kogwE2CbwQULGDFozqOqShHz17M79JC+gvzHwBXdZQ==',
      algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      cardNumber: 'TP03000000000002',
      nationalId: 'F223456786',
    },
    response: {
      purpose: 'assignment',
      expiresAt: '2026-12-07T05:55:38.595Z',
      maxExpiresAt: '2026-12-07T06:15:38.546Z',
      agency: { code: '10002', name: '國立臺灣測試大學', region: '臺北市' },
      org: {
        agencyCode: '10002',
        agencyName: '國立臺灣測試大學',
        organizationName: '國立臺灣測試大學',
        orgId: '2.16.886.111.90010.90003.10002',
        serial: '6B7F3E25C4A898E1997D48295BDA0002',
        cardNumber: 'XC00000000010002',
        subjectDn: 'C=TW, O=國立臺灣測試大學, OU=測試用',
        notBefore: '2025-01-06T02:41:09.000Z',
        notAfter: '2027-01-01T02:41:09.000Z',
        ca: 'XCA',
        caName: {
          'zh-TW': '組織及團體憑證管理中心',
          en: 'Certification Authority for Organizations and Groups (XCA)',
        },
        cardType: { 'zh-TW': '正卡', en: 'primary card' },
      },
      citizen: {
        name: '林美惠',
        nationalIdMasked: 'F22****786',
        serial: '100048210DD2DF2E128096A9282B0002',
        cardNumber: 'TP03000000000002',
        subjectDn: 'C=TW, OU=測試用, CN=林美惠, serialNumber=0903000000000002',
        notBefore: '2024-06-20T02:41:09.000Z',
        notAfter: '2029-06-19T02:41:09.000Z',
      },
      next: 'ready',
      managerName: '林美惠',
      contactOnFile: null,
    },
  },
  getSession: {
    response: {
      purpose: 'assignment',
      expiresAt: '2026-12-07T05:55:38.595Z',
      maxExpiresAt: '2026-12-07T06:15:38.546Z',
      agency: { code: '10002', name: '國立臺灣測試大學', region: '臺北市' },
      org: {
        agencyCode: '10002',
        agencyName: '國立臺灣測試大學',
        organizationName: '國立臺灣測試大學',
        orgId: '2.16.886.111.90010.90003.10002',
        serial: '6B7F3E25C4A898E1997D48295BDA0002',
        cardNumber: 'XC00000000010002',
        subjectDn: 'C=TW, O=國立臺灣測試大學, OU=測試用',
        notBefore: '2025-01-06T02:41:09.000Z',
        notAfter: '2027-01-01T02:41:09.000Z',
        ca: 'XCA',
        caName: {
          'zh-TW': '組織及團體憑證管理中心',
          en: 'Certification Authority for Organizations and Groups (XCA)',
        },
        cardType: { 'zh-TW': '正卡', en: 'primary card' },
      },
      citizen: {
        name: '林美惠',
        nationalIdMasked: 'F22****786',
        serial: '100048210DD2DF2E128096A9282B0002',
        cardNumber: 'TP03000000000002',
        subjectDn: 'C=TW, OU=測試用, CN=林美惠, serialNumber=0903000000000002',
        notBefore: '2024-06-20T02:41:09.000Z',
        notAfter: '2029-06-19T02:41:09.000Z',
      },
      next: 'ready',
      managerName: '林美惠',
      contactOnFile: null,
    },
  },
  endSession: {},
  submitReview: {
    request: { applicantName: '郭怡君', phone: '(04)2345-6789' },
    response: {
      review: { id: 2, status: 'pending', submittedAt: '2026-12-07T05:45:39.181Z' },
      message: {
        'zh-TW':
          '申請資料審核中，若審核通過，於下一個營業日貴機關即可重新辦理註冊。若審核不通過，本部將與 貴機關聯絡。',
        en: 'Your application is under review. If it is approved, your agency can register again from the next business day. If it is not approved, we will contact your agency.',
      },
    },
  },
  register: {
    request: {
      name: '王大明',
      email: 'wang.daming@example.org',
      phone: '(02)2720-8889',
      extension: '201',
      remarks: '',
    },
    response: {
      agencyCode: '10001',
      registeredAt: '2026-12-07T05:45:39.348Z',
      receipt: {
        id: 5,
        number: 'GEPI-1151207-000005',
        agencyCode: '10001',
        agencyName: '臺北市政府人事處',
        receivedAt: '2026-12-07T05:45:39.348Z',
        receivedAtRoc: '115年12月07日13點45分39秒',
        item: 'first-registration',
        itemLabel: { 'zh-TW': '首次註冊', en: 'First registration' },
      },
      message: {
        'zh-TW': '貴機關首次註冊成功！如欲辦理授權指派作業，請點選左方選單。',
        en: 'Your agency is registered. To assign handlers, choose Authorization assignment from the menu.',
      },
    },
  },
  swapOrg: {
    request: { name: '王大明', email: 'wang.daming@example.org', phone: '(02)2720-8889', extension: '201' },
    response: {
      agencyCode: '10001',
      swappedAt: '2026-12-07T05:45:39.759Z',
      receipt: {
        id: 8,
        number: 'GEPI-1151207-000008',
        agencyCode: '10001',
        agencyName: '臺北市政府人事處',
        receivedAt: '2026-12-07T05:45:39.759Z',
        receivedAtRoc: '115年12月07日13點45分39秒',
        item: 'swap-org',
        itemLabel: { 'zh-TW': '更換機關憑證', en: 'Organization card replaced' },
      },
      message: { 'zh-TW': '更換機關憑證成功！', en: 'The organization card has been replaced.' },
    },
  },
  swapManager: {
    request: { name: '林美惠', email: 'lin.meihui@example.org', phone: '(02)2701-3411', extension: '123' },
    response: {
      agencyCode: '10002',
      swappedAt: '2026-12-07T05:45:39.671Z',
      receipt: {
        id: 7,
        number: 'GEPI-1151207-000007',
        agencyCode: '10002',
        agencyName: '國立臺灣測試大學',
        receivedAt: '2026-12-07T05:45:39.671Z',
        receivedAtRoc: '115年12月07日13點45分39秒',
        item: 'swap-manager',
        itemLabel: { 'zh-TW': '更換授權管理者自然人憑證', en: "Manager's citizen card replaced" },
      },
      message: {
        'zh-TW': '完成更換授權管理者自然人憑證，如欲繼續辦理授權指派作業，請點選左方選單！',
        en: "The manager's citizen card has been replaced. To continue with authorization assignment, choose it from the menu.",
      },
    },
  },
  swapBoth: {
    request: { name: '李建國', email: 'li.chienkuo@example.org', phone: '(02)2701-3411', extension: '5312' },
    response: {
      agencyCode: '10002',
      swappedAt: '2026-12-07T05:45:39.567Z',
      receipt: {
        id: 6,
        number: 'GEPI-1151207-000006',
        agencyCode: '10002',
        agencyName: '國立臺灣測試大學',
        receivedAt: '2026-12-07T05:45:39.567Z',
        receivedAtRoc: '115年12月07日13點45分39秒',
        item: 'swap-both',
        itemLabel: {
          'zh-TW': '更換機關憑證與授權管理者自然人憑證',
          en: "Organization card and manager's citizen card replaced",
        },
      },
      message: {
        'zh-TW': '貴機關已完成機關憑證及授權管理者自然人憑證更換，如需進行授權指派作業，請點選左方選單。',
        en: "Your agency's organization card and manager's citizen card have been replaced. For authorization assignment, choose it from the menu.",
      },
    },
  },
  listHandlers: {
    query: { page: '1', pageSize: '10' },
    response: {
      agency: { code: '10002', name: '國立臺灣測試大學' },
      managerName: '林美惠',
      registeredCards: {
        org: {
          state: 'expiring',
          notAfter: '2027-01-01T02:41:09.000Z',
          daysLeft: 24,
          revocationChecked: true,
        },
        manager: {
          state: 'valid',
          notAfter: '2029-06-19T02:41:09.000Z',
          daysLeft: 924,
          revocationChecked: true,
        },
      },
      items: [
        {
          id: 1,
          name: '張淑芬',
          nationalIdMasked: 'E22****894',
          serial: '100048210DD2DF2E128096A9282B0004',
          permissions: ['premium.change', 'premium.submit', 'premium.print'],
          createdAt: '2026-11-07T05:45:37.463Z',
          updatedAt: '2026-11-07T05:45:37.463Z',
          version: 1,
          card: {
            state: 'valid',
            notAfter: '2029-03-11T02:41:09.000Z',
            daysLeft: 824,
            revocationChecked: true,
          },
          newPermissions: [],
        },
        {
          id: 2,
          name: '謝明哲',
          nationalIdMasked: 'P15****235',
          serial: '100048210DD2DF2E128096A9282B000E',
          permissions: ['benefit.calc', 'query.general'],
          createdAt: '2026-11-07T05:45:37.463Z',
          updatedAt: '2026-11-07T05:45:37.463Z',
          version: 1,
          card: {
            state: 'expired',
            notAfter: '2026-12-05T02:41:09.000Z',
            daysLeft: -3,
            revocationChecked: true,
          },
          newPermissions: [],
        },
        {
          id: 3,
          name: '吳宗翰',
          nationalIdMasked: 'R12****060',
          serial: '100048210DD2DF2E128096A9282B0007',
          permissions: ['query.general'],
          createdAt: '2026-11-07T05:45:37.463Z',
          updatedAt: '2026-11-07T05:45:37.463Z',
          version: 1,
          card: {
            state: 'expiring',
            notAfter: '2027-01-16T02:41:09.000Z',
            daysLeft: 39,
            revocationChecked: true,
          },
          newPermissions: [],
        },
      ],
      total: 3,
      page: 1,
      pageSize: 10,
      from: 1,
      to: 3,
    },
  },
  createHandler: {
    request: {
      serial: '100048210DD2DF2E128096A9282B0003',
      name: '陳志豪',
      nationalId: 'B120112236',
      permissions: ['premium.change', 'premium.submit'],
    },
    response: {
      handler: {
        id: 5,
        name: '陳志豪',
        nationalIdMasked: 'B12****236',
        serial: '100048210DD2DF2E128096A9282B0003',
        permissions: ['premium.change', 'premium.submit'],
        createdAt: '2026-12-07T05:45:38.668Z',
        updatedAt: '2026-12-07T05:45:38.668Z',
        version: 1,
        card: {
          state: 'valid',
          notAfter: '2031-08-28T02:41:09.000Z',
          daysLeft: 1724,
          revocationChecked: true,
        },
        newPermissions: [],
        nationalId: 'B120112236',
      },
      receipt: {
        id: 2,
        number: 'GEPI-1151207-000002',
        agencyCode: '10002',
        agencyName: '國立臺灣測試大學',
        receivedAt: '2026-12-07T05:45:38.668Z',
        receivedAtRoc: '115年12月07日13點45分38秒',
        item: 'handler-created',
        itemLabel: { 'zh-TW': '新增授權經辦人', en: 'Handler added' },
        handler: { id: 5, name: '陳志豪', nationalIdMasked: 'B12****236' },
      },
      message: { 'zh-TW': '新增成功！', en: 'Added.' },
    },
  },
  getHandler: {
    params: { id: '5' },
    response: {
      id: 5,
      name: '陳志豪',
      nationalIdMasked: 'B12****236',
      serial: '100048210DD2DF2E128096A9282B0003',
      permissions: ['premium.change', 'premium.submit'],
      createdAt: '2026-12-07T05:45:38.668Z',
      updatedAt: '2026-12-07T05:45:38.668Z',
      version: 1,
      card: { state: 'valid', notAfter: '2031-08-28T02:41:09.000Z', daysLeft: 1724, revocationChecked: true },
      newPermissions: [],
      nationalId: 'B120112236',
    },
  },
  updateHandler: {
    params: { id: '5' },
    request: {
      serial: '100048210DD2DF2E128096A9282B0003',
      name: '陳志豪',
      nationalId: 'B120112236',
      permissions: ['premium.change', 'premium.submit', 'premium.print'],
      version: 1,
    },
    response: {
      handler: {
        id: 5,
        name: '陳志豪',
        nationalIdMasked: 'B12****236',
        serial: '100048210DD2DF2E128096A9282B0003',
        permissions: ['premium.change', 'premium.submit', 'premium.print'],
        createdAt: '2026-12-07T05:45:38.668Z',
        updatedAt: '2026-12-07T05:45:38.753Z',
        version: 2,
        card: {
          state: 'valid',
          notAfter: '2031-08-28T02:41:09.000Z',
          daysLeft: 1724,
          revocationChecked: true,
        },
        newPermissions: [],
        nationalId: 'B120112236',
      },
      receipt: {
        id: 3,
        number: 'GEPI-1151207-000003',
        agencyCode: '10002',
        agencyName: '國立臺灣測試大學',
        receivedAt: '2026-12-07T05:45:38.753Z',
        receivedAtRoc: '115年12月07日13點45分38秒',
        item: 'handler-updated',
        itemLabel: { 'zh-TW': '修改授權經辦人', en: 'Handler changed' },
        handler: { id: 5, name: '陳志豪', nationalIdMasked: 'B12****236' },
      },
      message: { 'zh-TW': '修改成功！', en: 'Saved.' },
    },
  },
  deleteHandler: {
    params: { id: '5' },
    response: {
      id: 5,
      receipt: {
        id: 4,
        number: 'GEPI-1151207-000004',
        agencyCode: '10002',
        agencyName: '國立臺灣測試大學',
        receivedAt: '2026-12-07T05:45:38.841Z',
        receivedAtRoc: '115年12月07日13點45分38秒',
        item: 'handler-deleted',
        itemLabel: { 'zh-TW': '刪除授權經辦人', en: 'Handler deleted' },
        handler: { id: 5, name: '陳志豪', nationalIdMasked: 'B12****236' },
      },
      message: { 'zh-TW': '刪除成功！', en: 'Deleted.' },
    },
  },
  listReceipts: {
    query: { agencyCode: '10002' },
    response: {
      agency: { code: '10002', name: '國立臺灣測試大學' },
      items: [
        {
          id: 1,
          number: 'GEPI-1151107-000001',
          agencyCode: '10002',
          agencyName: '國立臺灣測試大學',
          receivedAt: '2026-11-07T05:45:37.463Z',
          receivedAtRoc: '115年11月07日13點45分37秒',
          item: 'first-registration',
          itemLabel: { 'zh-TW': '首次註冊', en: 'First registration' },
        },
        {
          id: 2,
          number: 'GEPI-1151207-000002',
          agencyCode: '10002',
          agencyName: '國立臺灣測試大學',
          receivedAt: '2026-12-07T05:45:38.668Z',
          receivedAtRoc: '115年12月07日13點45分38秒',
          item: 'handler-created',
          itemLabel: { 'zh-TW': '新增授權經辦人', en: 'Handler added' },
        },
      ],
      total: 2,
      page: 1,
      pageSize: 10,
      from: 1,
      to: 2,
    },
  },
  orgOid: {
    response: {
      agencyCode: '40005',
      agencyName: '臺中市測試區公所',
      organizationName: '臺中市測試區公所',
      orgId: '2.16.886.101.20003.20066.49999',
      ca: 'GCA',
      matchesAgencyOnFile: false,
    },
  },
  citizenSerial: { response: { name: '謝明哲', serial: '100048210DD2DF2E128096A9282B000F' } },
  authorizedList: {
    query: { pageSize: '10' },
    response: {
      agency: { code: '10002', name: '國立臺灣測試大學' },
      managerName: '林美惠',
      registeredCards: {
        org: {
          state: 'expiring',
          notAfter: '2027-01-01T02:41:09.000Z',
          daysLeft: 24,
          revocationChecked: true,
        },
        manager: {
          state: 'valid',
          notAfter: '2029-06-19T02:41:09.000Z',
          daysLeft: 924,
          revocationChecked: true,
        },
      },
      items: [
        {
          id: 1,
          name: '張淑芬',
          nationalIdMasked: 'E22****894',
          serial: '100048210DD2DF2E128096A9282B0004',
          permissions: ['premium.change', 'premium.submit', 'premium.print'],
          createdAt: '2026-11-07T05:45:37.463Z',
          updatedAt: '2026-11-07T05:45:37.463Z',
          version: 1,
          card: {
            state: 'valid',
            notAfter: '2029-03-11T02:41:09.000Z',
            daysLeft: 824,
            revocationChecked: true,
          },
          newPermissions: [],
          permissionLabels: ['異動登錄', '申報與傳送', '申報資料列印'],
          newPermissionLabels: [],
        },
        {
          id: 2,
          name: '謝明哲',
          nationalIdMasked: 'P15****235',
          serial: '100048210DD2DF2E128096A9282B000E',
          permissions: ['benefit.calc', 'query.general'],
          createdAt: '2026-11-07T05:45:37.463Z',
          updatedAt: '2026-11-07T05:45:37.463Z',
          version: 1,
          card: {
            state: 'expired',
            notAfter: '2026-12-05T02:41:09.000Z',
            daysLeft: -3,
            revocationChecked: true,
          },
          newPermissions: [],
          permissionLabels: ['給付試算', '一般資料查詢'],
          newPermissionLabels: [],
        },
        {
          id: 3,
          name: '吳宗翰',
          nationalIdMasked: 'R12****060',
          serial: '100048210DD2DF2E128096A9282B0007',
          permissions: ['query.general'],
          createdAt: '2026-11-07T05:45:37.463Z',
          updatedAt: '2026-11-07T05:45:37.463Z',
          version: 1,
          card: {
            state: 'expiring',
            notAfter: '2027-01-16T02:41:09.000Z',
            daysLeft: 39,
            revocationChecked: true,
          },
          newPermissions: [],
          permissionLabels: ['一般資料查詢'],
          newPermissionLabels: [],
        },
      ],
      total: 3,
      page: 1,
      pageSize: 10,
      from: 1,
      to: 3,
    },
  },
  authorizedCsv: {
    response:
      '序號,姓名,身分證統一編號,憑證序號,權限,憑證狀態,憑證到期日,未具新增功能,機關名稱,匯出時間\r\n1,張淑芬,E22****894,100048210DD2DF2E128096A9282B0004,異動登錄、申報與傳送、申報資料列印,有效,118/03/11,,國立臺灣測試大學,115年12月07日13點45分38秒\r\n2,謝明哲,P15****235,100048210DD2DF2E128096A9282B000E,給付試算、一般資料查詢,已到期,115/12/05,,國立臺灣測試大學,115年12月07日13點45分38秒\r\n3,吳宗翰,R12****060,100048210DD2DF2E128096A9282B0007,一般資料查詢,即將到期,116/01/16,,國立臺灣測試大學,115年12月07日13點45分38秒\r\n',
  },
  adminListReviews: {
    query: { status: 'pending' },
    response: {
      items: [
        {
          id: 2,
          agencyCode: '40005',
          agencyName: '臺中市測試區公所',
          applicantName: '郭怡君',
          phone: '(04)2345-6789',
          orgIdOnFile: '2.16.886.101.20003.20066.40005',
          cardOrgId: '2.16.886.101.20003.20066.49999',
          cardSerial: '9EA26158F7DBCB14CCA07B5C8E0D0005',
          cardCa: 'GCA',
          cardOrganizationName: '臺中市測試區公所',
          status: 'pending',
          submittedAt: '2026-12-07T05:45:39.181Z',
          decidedAt: null,
          effectiveFrom: null,
          reason: null,
        },
        {
          id: 1,
          agencyCode: '50006',
          agencyName: '花蓮縣立測試國民小學',
          applicantName: '游文傑',
          phone: '(03)832-1234',
          orgIdOnFile: '2.16.886.111.90010.90004.50006',
          cardOrgId: '2.16.886.111.90010.90004.50006',
          cardSerial: 'AFB37269A8ECDC25DDB18C6D9F1E0006',
          cardCa: 'XCA',
          cardOrganizationName: '花蓮縣立測試國民小學',
          status: 'pending',
          submittedAt: '2026-12-07T05:45:37.463Z',
          decidedAt: null,
          effectiveFrom: null,
          reason: null,
        },
      ],
      total: 2,
      page: 1,
      pageSize: 10,
      from: 1,
      to: 2,
    },
  },
  adminApproveReview: {
    params: { id: '2' },
    request: {},
    response: {
      review: {
        id: 2,
        agencyCode: '40005',
        agencyName: '臺中市測試區公所',
        applicantName: '郭怡君',
        phone: '(04)2345-6789',
        orgIdOnFile: '2.16.886.101.20003.20066.40005',
        cardOrgId: '2.16.886.101.20003.20066.49999',
        cardSerial: '9EA26158F7DBCB14CCA07B5C8E0D0005',
        cardCa: 'GCA',
        cardOrganizationName: '臺中市測試區公所',
        status: 'approved',
        submittedAt: '2026-12-07T05:45:39.181Z',
        decidedAt: '2026-12-07T05:45:39.763Z',
        effectiveFrom: '2026-12-08',
        reason: null,
      },
    },
  },
  adminRejectReview: {
    params: { id: '1' },
    request: { reason: '機關代號與憑證不符' },
    response: {
      review: {
        id: 1,
        agencyCode: '50006',
        agencyName: '花蓮縣立測試國民小學',
        applicantName: '游文傑',
        phone: '(03)832-1234',
        orgIdOnFile: '2.16.886.111.90010.90004.50006',
        cardOrgId: '2.16.886.111.90010.90004.50006',
        cardSerial: 'AFB37269A8ECDC25DDB18C6D9F1E0006',
        cardCa: 'XCA',
        cardOrganizationName: '花蓮縣立測試國民小學',
        status: 'rejected',
        submittedAt: '2026-12-07T05:45:37.463Z',
        decidedAt: '2026-12-07T05:45:39.766Z',
        effectiveFrom: null,
        reason: '機關代號與憑證不符',
      },
    },
  },
  adminAudit: {
    query: { agencyCode: '10002', limit: '10' },
    response: {
      items: [
        {
          id: 8,
          at: '2026-12-07T05:45:39.671Z',
          action: 'swap.manager',
          agencyCode: '10002',
          actor: {
            kind: 'cards',
            orgSerial: '6B7F3E25C4A898E1997D48295BDA1002',
            citizenSerial: '100048210DD2DF2E128096A9282B0002',
          },
          target: 'agency:10002',
          changes: {
            managerSerial: {
              from: '100048210DD2DF2E128096A9282B0005',
              to: '100048210DD2DF2E128096A9282B0002',
            },
            managerNationalIdMasked: { from: 'H12****786', to: 'F22****786' },
            contact: {
              name: '林美惠',
              email: 'lin.meihui@example.org',
              phone: '(02)2701-3411',
              extension: '123',
              remarks: '',
            },
          },
          requestId: 'JXWYL9bk-1b',
        },
        {
          id: 7,
          at: '2026-12-07T05:45:39.567Z',
          action: 'swap.both',
          agencyCode: '10002',
          actor: {
            kind: 'cards',
            orgSerial: '6B7F3E25C4A898E1997D48295BDA1002',
            citizenSerial: '100048210DD2DF2E128096A9282B0005',
          },
          target: 'agency:10002',
          changes: {
            orgSerial: { from: '6B7F3E25C4A898E1997D48295BDA0002', to: '6B7F3E25C4A898E1997D48295BDA1002' },
            managerSerial: {
              from: '100048210DD2DF2E128096A9282B0002',
              to: '100048210DD2DF2E128096A9282B0005',
            },
            managerNationalIdMasked: { from: 'F22****786', to: 'H12****786' },
            contact: {
              name: '李建國',
              email: 'li.chienkuo@example.org',
              phone: '(02)2701-3411',
              extension: '5312',
              remarks: '',
            },
          },
          requestId: 'JXWYL9bk-16',
        },
      ],
      nextBefore: 7,
    },
  },
  adminLoadCrls: {
    request: {},
    response: {
      results: [],
      inUse: [
        {
          ca: 'ROOT',
          subject: 'C=TW, O=行政院, OU=測試用, CN=Government Root Certification Authority - G3 TEST',
          crlNumber: '1',
          thisUpdate: '2026-12-07T02:41:09.000Z',
          nextUpdate: '2027-01-06T02:41:09.000Z',
        },
        {
          ca: 'MOICA',
          subject: 'C=TW, O=行政院, OU=內政部憑證管理中心, OU=測試用',
          crlNumber: '1',
          thisUpdate: '2026-12-07T02:41:09.000Z',
          nextUpdate: '2027-01-06T02:41:09.000Z',
        },
        {
          ca: 'GCA',
          subject: 'C=TW, O=行政院, OU=政府憑證管理中心, OU=測試用',
          crlNumber: '1',
          thisUpdate: '2026-12-07T02:41:09.000Z',
          nextUpdate: '2027-01-06T02:41:09.000Z',
        },
      ],
    },
  },
  crls: {
    response: {
      crls: [
        {
          ca: 'ROOT',
          issuer: 'C=TW, O=行政院, OU=測試用, CN=Government Root Certification Authority - G3 TEST',
          crlNumber: '1',
          thisUpdate: '2026-12-07T02:41:09.000Z',
          nextUpdate: '2027-01-06T02:41:09.000Z',
          crl: 'MIIB6zCB1AIBATANBgkqhkiG9w0BAQsFADBxMQswCQYDVQQGEwJUVzESMBAGA1UECgwJ6KGM5pS/6ZmiMRIwEAYDVQQLDAnmuKzoqabnlKgxOjA4BgNVBAMMMUdvdmVybm1lbnQgUm9vdCBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eSAtIEczIFRFU1QXDTI2MTIwNzA5NTgwMVoXDTI3MDEwNjA5NTgwMVqgLzAtMB8GA1UdIwQYMBaAFIWKbzltbFwWs38zBuvh5SOw9PFdMAoGA1UdFAQDAgEBMA0GCSqGSIb3DQEBCwUAA4IBAQCc8DHTjR6JZ5QsioJZYt6WoqStPINeNaNEo/IjMlVeEwnhCuSw15vCJP6LvueLwB19pgMC9MbvS2me7/wlG4JT1NS7ej/KPZ3TFKE0vtq5RJKhUTZxQBPxUDZNMUjJV40m6vaa0ZNDaoOUrLOffBSOP3ZBXOor3ckaK69UiMZu51XcwHKmdIrNtBhU+354ho0nxCgB9MOVSSpr8r9e6LP9Nhs/uJxIklIITriTZmDJkJNoF0r/9d4juxQeyIfrCA6LfIGZZ04CfiHr9DnNbWOxRAIWCKyrskxpZi8I2CbK2/Cy8V0SPW9Owjy5jXZDJAQPahlCh+3SUAmG66bzZgdo',
        },
        {
          ca: 'MOICA',
          issuer: 'C=TW, O=行政院, OU=內政部憑證管理中心, OU=測試用',
          crlNumber: '1',
          thisUpdate: '2026-12-07T02:41:09.000Z',
          nextUpdate: '2027-01-06T02:41:09.000Z',
          crl: 'MIIB/DCB5QIBATANBgkqhkiG9w0BAQsFADBbMQswCQYDVQQGEwJUVzESMBAGA1UECgwJ6KGM5pS/6ZmiMSQwIgYDVQQLDBvlhafmlL/pg6jmhpHorYnnrqHnkIbkuK3lv4MxEjAQBgNVBAsMCea4rOippueUqBcNMjYxMjA3MDk1ODAxWhcNMjcwMTA2MDk1ODAxWjAlMCMCEBAASCEN0t8uEoCWqSgrAAsXDTI2MTIwNjA5NTgwMVowAKAvMC0wHwYDVR0jBBgwFoAUNESm/1+Irc8pE0+ZJpXZ/ATJ+tIwCgYDVR0UBAMCAQEwDQYJKoZIhvcNAQELBQADggEBAIn4XkC2U1CRtqgCip4PBy/+Xvu9TkchnpggWkpbhgvGNu1RIukzu1pvX/DtDySHLH90V6qC7yFwh3thkclvpr0pUNoPy9beqagE1YZY6JwBZYrDjNrDW2WDFxoRbWVCp4aXIqFqTDk9yUYrzEcKSDsxuYcaqHBpqBxmnKo57F9Iw51OwG2Ta750prOGk6Aat+5XLRBJ2FOREaegm4Ok4XKF0ydg54E4TuwOoZCRypfIyHsQuBiUE1waPn0/cRibalRmOVdo2e/YlQ3eoCNLurXuswzbfTkToJWukgRzTcur3yR9bXsjwFeNKjGO1td/y7BgLg3TGCP7zRFFjrKNku4=',
        },
      ],
    },
  },
  checkOrgCard: {
    request: {
      certificate:
        'MIID9zCCAt+gAwIBAgIQa38+JcSomOGZfUgpW9oAAjANBgkqhkiG9w0BAQsFADBhMQswCQYDVQQGEwJUVzESMBAGA1UECgwJ6KGM5pS/6ZmiMSowKAYDVQQLDCHntYTnuZTlj4rlnJjpq5TmhpHorYnnrqHnkIbkuK3lv4MxEjAQBgNVBAsMCea4rOippueUqDAeFw0yNTAxMDYwMjQxMDlaFw0yNzAxMDEwMjQxMDlaMEQxCzAJBgNVBAYTAlRXMSEwHwYDVQQKDBjlnIvnq4voh7rngaPmuKzoqablpKflrbgxEjAQBgNVBAsMCea4rOippueUqDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALv4wHQ5Pb1B9wZH0y2HLn0XTOO38RSh7QVMTVn34z+4hM2P5v83K0yir050Ut69bHf+bH9l1jlhIRSoQZBNkTBLBSICIVPANtKCNJTp6JUv7oVwJvt8J31DLZSVysPWO6ANx8ajtUNZGx3UwFwT7sLuB0z/qKAVc72L/oV6ngpxZ5MWlynY+AqoYz7p28kmeKF8hEM2K0s95oG4ONX3YZO4EKuKIIooa4bHTVdrFRqdW0FLemE5dVRhgVRIX5M5rfAU46VeUXM3jvGN3FLt18QPsipUC2Yzlwkv8ezLchGUH3Ky5L2MmnXmgF8+6hSGezW9iBsJ5qZ/GpyMlXlvBQcCAwEAAaOBxzCBxDAOBgNVHQ8BAf8EBAMCBsAwDAYDVR0TAQH/BAIwADAUBgNVHSAEDTALMAkGB2CGdmUAAwMwTgYDVR0JBEcwRTAWBgdghnYBZAIBMQsGCWCGdgFkAwIBATArBgdghnYBZAJmMSATHjIuMTYuODg2LjExMS45MDAxMC45MDAwMy4xMDAwMjAdBgNVHQ4EFgQUIJWNGddoWe1IYHLR4Igc+vU7vNIwHwYDVR0jBBgwFoAUhCZKWbZCk8vkwpna6IfWJ4Y5NJ8wDQYJKoZIhvcNAQELBQADggEBAJEqsQNxnZb0moO32gzRQfl1hxJaHLlry53yj/ruHZHbaD4BDjXT5JRTTf4lZDBfL1XigpcGHEq5fGkag1WqVLpp9Pq+MAuWNWBjhEaR5jYyxcA4qxyCAKnxBrYAyrREzpSeEtwmdFXmvl8Pc6NBeCUhLiQU7TuqeQ6StiLlsJ5CE1oK5DGTjWMapk9HOAT3Diw22h2lQHAXLTz9psPyFOVTROd00vScM/y5fgOk71t8PnziUHdZAq8jDxwRakNQDWR4HptsJR6miVAsnmEqWobY/C/I+RfKggI4HzCIIa75+jNEe2+BfHgqNimn/elozFqUGtmA1RLhXAY9ZYOFhrY=',
      purpose: 'assignment',
      agencyCode: '10002',
    },
  },
  extendSession: {
    response: {
      purpose: 'assignment',
      expiresAt: '2026-12-07T05:56:02.118Z',
      maxExpiresAt: '2026-12-07T06:15:38.546Z',
      agency: { code: '10002', name: '國立臺灣測試大學', region: '臺北市' },
      org: {
        agencyCode: '10002',
        agencyName: '國立臺灣測試大學',
        organizationName: '國立臺灣測試大學',
        orgId: '2.16.886.111.90010.90003.10002',
        serial: '6B7F3E25C4A898E1997D48295BDA0002',
        cardNumber: 'XC00000000010002',
        subjectDn: 'C=TW, O=國立臺灣測試大學, OU=測試用',
        notBefore: '2025-01-06T02:41:09.000Z',
        notAfter: '2027-01-01T02:41:09.000Z',
        ca: 'XCA',
        caName: {
          'zh-TW': '組織及團體憑證管理中心',
          en: 'Certification Authority for Organizations and Groups (XCA)',
        },
        cardType: { 'zh-TW': '正卡', en: 'primary card' },
      },
      citizen: {
        name: '林美惠',
        nationalIdMasked: 'F22****786',
        serial: '100048210DD2DF2E128096A9282B0002',
        cardNumber: 'TP03000000000002',
        subjectDn: 'C=TW, OU=測試用, CN=林美惠, serialNumber=0903000000000002',
        notBefore: '2024-06-20T02:41:09.000Z',
        notAfter: '2029-06-19T02:41:09.000Z',
      },
      next: 'ready',
      managerName: '林美惠',
      contactOnFile: null,
    },
  },
  listTemplates: {
    response: {
      items: [
        {
          id: 1,
          name: '保費申報承辦',
          permissions: ['premium.change', 'premium.submit', 'premium.print', 'premium.query'],
          createdAt: '2026-12-07T05:45:39.056Z',
          updatedAt: '2026-12-07T05:45:39.066Z',
          version: 2,
        },
      ],
    },
  },
  createTemplate: {
    request: { name: '保費申報承辦', permissions: ['premium.change', 'premium.submit', 'premium.print'] },
    response: {
      template: {
        id: 1,
        name: '保費申報承辦',
        permissions: ['premium.change', 'premium.submit', 'premium.print'],
        createdAt: '2026-12-07T05:45:39.056Z',
        updatedAt: '2026-12-07T05:45:39.056Z',
        version: 1,
      },
      message: { 'zh-TW': '權限範本已儲存！', en: 'Permission template saved.' },
    },
  },
  updateTemplate: {
    params: { id: '1' },
    request: {
      name: '保費申報承辦',
      permissions: ['premium.change', 'premium.submit', 'premium.print', 'premium.query'],
      version: 1,
    },
    response: {
      template: {
        id: 1,
        name: '保費申報承辦',
        permissions: ['premium.change', 'premium.submit', 'premium.print', 'premium.query'],
        createdAt: '2026-12-07T05:45:39.056Z',
        updatedAt: '2026-12-07T05:45:39.066Z',
        version: 2,
      },
      message: { 'zh-TW': '權限範本已儲存！', en: 'Permission template saved.' },
    },
  },
  deleteTemplate: {
    params: { id: '1' },
    response: { id: 1, message: { 'zh-TW': '權限範本已刪除！', en: 'Permission template deleted.' } },
  },
  applications: {
    response: {
      agency: { code: '50006', name: '花蓮縣立測試國民小學' },
      items: [
        {
          id: 1,
          agencyCode: '50006',
          applicantName: '游文傑',
          cardOrganizationName: '花蓮縣立測試國民小學',
          cardOrgId: '2.16.886.111.90010.90004.50006',
          submittedAt: '2026-12-07T05:45:37.463Z',
          submittedAtRoc: '115年12月07日13點45分37秒',
          status: 'pending',
          statusLabel: { 'zh-TW': '審核中', en: 'Under review' },
          decidedAt: null,
          decidedAtRoc: null,
          retryFrom: '2026-12-08',
          retryFromText: {
            'zh-TW': '可於115年12月08日起重新註冊',
            en: 'You may register again from 2026-12-08',
          },
          reason: null,
        },
      ],
    },
  },
};
