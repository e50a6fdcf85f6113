// The English of the queries (查詢作業): <gepi-query>, <gepi-receipt-table>, <gepi-query-result>, and the menu's 查詢憑證註冊收件紀錄: the queries part of the English catalog (../en.ts). Typed by its zh-TW
// part, so a missing, extra or misspelled key fails the type check.
import type { queriesZh } from '../zh-TW/queries.js';
import type { EnglishOf } from '../words.js';

export const queriesEn: EnglishOf<typeof queriesZh> = {
  'menu.queryReceipts': 'Certificate registration receipt records',
  'receipts.title': 'Certificate registration records',
  'receipts.agencyCode': 'Agency code',
  'receipts.results': 'Results:',
  'receipts.colIndex': 'No.',
  'receipts.colAgencyCode': 'Agency code',
  'receipts.colAgencyName': 'Agency name',
  'receipts.colReceivedAt': 'Received at',
  'receipts.colItem': 'Registration item',
  'receipts.number': 'Receipt no. {number}',
  'receipts.item.firstRegistration': 'First registration',
  'applications.title': 'Applications and their review',
  'applications.intro':
    "Registration applications filed because the organization certificate's OID did not match the bank's records: insert that organization card to see their review.",
  'applications.open': 'Check applications with the organization card',
  'applications.back': 'Back to the registration records',
  'applications.agency': 'Agency: {code} {name}',
  'applications.empty': 'No records found.',
  'applications.item': 'Application {n}',
  'applications.submittedAt': 'Applied at',
  'applications.applicant': 'Applicant',
  'applications.card': 'Organization certificate',
  'applications.state': 'Review',
  'applications.decidedAt': 'Decided at',
  'applications.retry': 'Register again',
  'applications.reason': 'Reason',
  'applications.noReason': 'The bank will contact your agency.',
  'applications.found': '{total} application(s)',
  'receipts.item.swapOrg': 'Organization certificate replaced',
  'receipts.item.swapManager': "Authorization manager's citizen certificate replaced",
  'receipts.item.swapBoth':
    "Organization certificate and authorization manager's citizen certificate replaced",
  'receipts.item.handlerCreated': 'Handler added',
  'receipts.item.handlerUpdated': 'Handler changed',
  'receipts.item.handlerDeleted': 'Handler deleted',
  'oidResult.title': 'Organization certificate OID',
  'oidResult.agencyName': 'Agency name',
  'oidResult.oid': 'Organization certificate OID',
  'serialResult.title': 'Citizen certificate',
  'serialResult.name': 'Name',
  'serialResult.serial': 'Citizen certificate serial number',

  // Card coach
  'query.again': 'Search again',
};
