// The English of <gepi-cert-info> (機關（組織）憑證資訊, 授權管理者自然人憑證資訊): the cert-info part of the English catalog (../en.ts), fetched with the
// English of the registration flows' other views (./registration.ts). Typed by its zh-TW part, so a missing, extra or
// misspelled key fails the type check.
import type { certInfoZh } from '../zh-TW/cert-info.js';
import type { EnglishOf } from '../words.js';

export const certInfoEn: EnglishOf<typeof certInfoZh> = {
  'orgInfo.title': 'Organization certificate information',
  'orgInfo.agencyName': 'Agency name',
  'orgInfo.oid': 'Organization OID',
  'orgInfo.serial': 'Organization certificate serial number',
  'orgInfo.cardNumber': 'Organization certificate card number',
  'orgInfo.dn': 'Certificate DN',
  'orgInfo.cardType': 'Card type',
  'managerInfo.title': "Authorization manager's citizen certificate information",
  'managerInfo.nationalId': "Authorization manager's national ID number",
  'managerInfo.serial': 'Citizen certificate serial number',
  'managerInfo.cardNumber': 'Certificate card number',
  'managerInfo.dn': 'Certificate DN',
  'managerInfo.validity': 'Certificate validity',
  'certInfo.empty': '(none)',
};
