// The zh-TW words of <gepi-cert-info> (機關（組織）憑證資訊, 授權管理者自然人憑證資訊): one part of the zh-TW catalog (../zh-TW.ts, whose header says where the
// words come from), in the chunk of the one element that shows them. Their English is in the chunk
// of the registration flows' views (../en/registration.ts), which an authorization or a query page
// never fetches.
import { englishWords } from '../words.js';
import type { CatalogPart } from '../words.js';

export const certInfoZh = {
  // Certificate information panels; figures 3-9, 3-26
  'orgInfo.title': '機關（組織）憑證資訊',
  'orgInfo.agencyName': '機關名稱',
  'orgInfo.oid': '機關（組織）OID',
  'orgInfo.serial': '機關憑證序號',
  'orgInfo.cardNumber': '機關憑證卡號',
  'orgInfo.dn': '憑證DN',
  'orgInfo.cardType': '卡別',
  'managerInfo.title': '授權管理者自然人憑證資訊',
  'managerInfo.nationalId': '授權管理者身分證統一編號',
  'managerInfo.serial': '自然人憑證序號',
  'managerInfo.cardNumber': '憑證卡號',
  'managerInfo.dn': '憑證DN',
  'managerInfo.validity': '憑證效期',
  'certInfo.empty': '（無）',
} as const;

const certInfoEnglish = englishWords(() => import('../en/registration.js').then((m) => m.certInfoEn));

/** The cert-info part: these zh-TW words, and the chunk with their English. */
export const certInfoWords: CatalogPart = { 'zh-TW': certInfoZh, en: certInfoEnglish };
