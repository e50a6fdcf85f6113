// The English of the words several elements show: shared buttons and labels, dates, forms, the certification authorities and the bank, the labels the card step shares with the org panel, results and messages. Every element has them: the shared part of the English catalog (../en.ts). Typed by its zh-TW
// part, so a missing, extra or misspelled key fails the type check.
import { enNames } from '../en-names.js';
import type { sharedZh } from '../zh-TW/shared.js';
import type { EnglishOf } from '../words.js';

export const sharedEn: EnglishOf<typeof sharedZh> = {
  ...enNames,
  'common.confirm': 'Confirm',
  'common.cancel': 'Cancel',
  'common.exit': 'Exit',
  'common.close': 'Close',
  'common.previousPage': 'Previous page',
  'common.add': 'Add',
  'common.edit': 'Edit',
  'common.delete': 'Delete',
  'common.search': 'Search',
  'common.query': 'Search',
  'common.required': '(required)',
  'common.notes': '※ Notes:',
  'common.requiredNote': '* marks a required field.',
  'orgCard.title': 'Organization certificate confirmation',
  'orgCard.openCardNotice': '※ Please make sure the IC card has been activated first.',
  'orgCard.instruction':
    'Insert the organization certificate IC card in the card reader and fill in the fields:',
  'orgCard.instructionSwapped':
    'Insert the new organization certificate IC card in the card reader and fill in the fields:',
  'orgCard.agencyCode': 'Agency code (5 digits)',
  'orgCard.pin': 'Organization certificate IC card password (PIN)',
  'orgCard.lockWarning':
    'Entering the IC card PIN (password) wrongly three times or more locks the IC card; to unlock it, contact the certificate authority that issued it:',
  'applicant.pending':
    'Your application is under review. If it is approved, your agency can register again from the next business day. If it is not approved, we will contact your agency.',
  'applicant.stillPending':
    'If this message still appears when you register after the next business day, please contact us by phone:',
  'bank.switchboard': 'Switchboard: {phone}',
  'bank.extension': 'ext. {ext}',
  'bank.section1Regions':
    'Insured agencies in Yilan, Keelung, Taipei, Taoyuan, Miaoli, Hsinchu, Hualien, Penghu, Kinmen and Matsu',
  'bank.section2Regions':
    'Insured agencies in Changhua, Taichung, Nantou, Yunlin, Chiayi, Tainan, Kaohsiung, Pingtung and Taitung',
  'ca.website': 'Website: {url}',
  'ca.phone': 'Service line: {phone}',
  'orgInfo.agencyCode': 'Agency code',
  'orgInfo.validity': 'Certificate validity',
  'contact.phoneExample': 'Example: (02)2701-3411',
  'result.firstRegistrationSuccess': 'First registration succeeded!',
  'result.firstRegistrationNext':
    'After registering, choose authorization assignment in the menu on the left to assign handlers.',
  'result.swapOrgSuccess': 'The organization certificate was replaced!',
  'result.swapManagerSuccess':
    "The authorization manager's citizen certificate was replaced. To go on with authorization assignment, choose it in the menu on the left!",
  'result.swapBothSuccess':
    "Your agency has replaced its organization certificate and its authorization manager's citizen certificate. For authorization assignment, choose it in the menu on the left.",
  'result.addSuccess': 'Added!',
  'result.editSuccess': 'Changes saved!',
  'result.receivedAt': 'Received: {time}',
  'result.receiptNumber': 'Receipt no. {number}',
  'result.printReceipt': 'Print the receipt',
  'result.deleteSuccess': 'Deleted!',

  // Gregorian first, because English readers rarely know the ROC calendar; the ROC year stays so
  // the time can be matched with the zh-TW screens and receipts.
  'format.rocDateTime': '{gy}-{MM}-{dd} {HH}:{mm}:{ss} (Taipei time, ROC year {y})',

  // card-confirm, cert-info, contact-form, applicant-form, message, ca-contacts
  'form.errorSummaryTitle': 'There is a problem; please correct the following:',
  'form.busy': 'Working, please wait…',
  'validity.range': '{from} to {to}',
  'validity.expiresSoon':
    'This certificate expires on {date} (days left: {days}); renew it or apply for a new card at its certification authority soon.',
  'validity.expired':
    'This certificate expired on {date}; apply to its certification authority for a new card.',
  'validity.notYetValid': 'This certificate is valid from {date}; it cannot be used yet.',
  'message.success': 'Success',
  'message.info': 'Information',
  'message.warning': 'Warning',
  'message.error': 'Error',
  'message.reviewPendingTitle': 'Application under review',
  'caContacts.caTitle': 'Certification authority service contacts',
  'caContacts.fax': 'Fax: {fax}',
  'caContacts.newWindow': '(opens in a new window)',
};
