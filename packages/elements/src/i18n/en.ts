// English catalog: a faithful rendering of the zh-TW catalog for hosts whose users read English.
// Typed as `Translation`, so a missing or misspelled key fails the type check.
import type { Translation } from './translation.js';
import { enNames } from './en-names.js';

export const en: Translation = {
  ...enNames,
  'menu.firstRegistration': 'First registration',
  'menu.authorization': 'Authorization assignment',
  'menu.certSwap': 'Certificate replacement',
  'menu.swapOrgCert': 'Replace organization certificate',
  'menu.swapManagerCert': "Replace authorization manager's citizen certificate",
  'menu.swapBoth': "Replace organization certificate and authorization manager's citizen certificate",
  'menu.queries': 'Queries',
  'menu.queryReceipts': 'Certificate registration receipt records',
  'menu.queryOrgOid': 'Organization certificate OID',
  'menu.queryCitizenSerial': 'Citizen certificate serial number',
  'menu.queryAuthorizedList': 'Authorized handlers',
  'menu.home': 'Back to home',
  'menu.backToAgency': 'Back to insured agency services',

  'common.confirm': 'Confirm',
  'common.cancel': 'Cancel',
  'common.exit': 'Exit',
  'common.clear': 'Clear',
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
  'common.name': 'Name',
  'common.nationalId': 'National ID number',

  'terms.screenTitle': 'Terms agreement',
  'terms.title': "Public Servants' and Teachers' Insurance Online e-System: User Terms",
  'terms.downloadTime': 'Page downloaded: {time}',
  'terms.intro':
    'Having read them, this insured agency fully understands and agrees to comply with the user terms (the "Terms") of the "Public Servants\' and Teachers\' Insurance Online e-System" (the "System"):',
  'terms.clause1':
    'This insured agency shall use the computer environment and secure applications the System requires, and take appropriate protective control measures.',
  'terms.clause2':
    'This insured agency shall ensure that its data are correct; if erroneous or false data harm the rights of the insured or others, it shall resolve the matter and bear the responsibility itself.',
  'terms.clause3':
    "This insured agency shall register with its organization certificate and the citizen certificate of its authorization manager, and set its handlers' permissions (including assigning, changing or ending their authorization), so that they act for this insured agency in Public Servants' and Teachers' Insurance matters. This insured agency shall duly manage its handlers' filings and supervise the correctness and security of their use of the System.",
  'terms.clause4':
    'This insured agency shall not hand its certificates to others and shall prevent their impersonation or misuse by others, taking due care of their custody.',
  'terms.clause5':
    'This insured agency agrees that the electronic documents produced and transmitted after filing (applying) through the System serve as the originals of the written documents, so that written documents bearing its official seal or its insurance seal need not be sent.',
  'terms.clause6':
    'When the System cannot operate, this insured agency shall still file (apply) within the time limits set by the applicable rules.',
  'terms.clause7':
    'If the parties dispute the result of a filing (application), they agree that the insurer will handle it according to the applicable laws and procedures.',
  'terms.clause8':
    'This insured agency shall keep confidential the data it obtains from the System (by query or print); for any improper use or invasion of personal privacy it is legally liable under the Personal Data Protection Act and other applicable rules.',
  'terms.clause9': 'If this insured agency is dissolved, the insurer may stop providing the System to it.',
  'terms.clause10':
    "Matters these Terms do not cover are handled according to the applicable laws and the insurer's operating rules.",
  'terms.agree': 'I agree to the terms',
  'terms.disagree': 'I do not agree to the terms',

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
  'orgCard.oidMismatch':
    "Your agency's certificate registration does not match the data on file and needs review. Please leave your contact details.",

  'applicant.title': 'Organization certificate registration: applicant details',
  'applicant.name': 'Name',
  'applicant.phone': 'Phone',
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

  'citizenCard.title': 'Citizen certificate confirmation',
  'citizenCard.instruction':
    "Insert the authorization manager's citizen certificate IC card and fill in the fields:",
  'citizenCard.instructionSwapped':
    "Insert the authorization manager's new citizen certificate IC card and fill in the fields:",
  'citizenCard.instructionQuery': 'Insert the citizen certificate IC card and fill in the fields:',
  'citizenCard.managerNationalId': "Authorization manager's national ID number",
  'citizenCard.nationalId': 'National ID number',
  'citizenCard.pin': 'Citizen certificate IC card password (PIN)',
  'citizenCard.lockWarning':
    'Entering the citizen IC card PIN (password) wrongly three times or more locks the IC card; to set a new PIN, go to the Ministry of the Interior Certification Authority (http://moica.nat.gov.tw) \\ "Certificate services" \\ "Unlock card".',

  'orgInfo.title': 'Organization certificate information',
  'orgInfo.agencyCode': 'Agency code',
  'orgInfo.agencyName': 'Agency name',
  'orgInfo.oid': 'Organization OID',
  'orgInfo.serial': 'Organization certificate serial number',
  'orgInfo.cardNumber': 'Organization certificate card number',
  'orgInfo.dn': 'Certificate DN',
  'orgInfo.validity': 'Certificate validity',
  'orgInfo.cardType': 'Card type',
  'managerInfo.title': "Authorization manager's citizen certificate information",
  'managerInfo.nationalId': "Authorization manager's national ID number",
  'managerInfo.serial': 'Citizen certificate serial number',
  'managerInfo.cardNumber': 'Certificate card number',
  'managerInfo.dn': 'Certificate DN',
  'managerInfo.validity': 'Certificate validity',

  'contact.prompt': 'Please fill in the following fields:',
  'contact.name': 'Name',
  'contact.email': 'Email',
  'contact.phone': 'Phone',
  'contact.phoneExample': 'Example: (02)2701-3411',
  'contact.extension': 'Extension',
  'contact.note': 'Notes',

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
  'receipt.title': 'Receipt',
  'receipt.number': 'Receipt no.',
  'receipt.agency': 'Agency',
  'receipt.item': 'Done',
  'receipt.by': 'By',
  'receipt.handler': 'Handler',
  'receipt.person': '{name} ({id})',
  'receipt.at': 'Received',
  'result.deleteSuccess': 'Deleted!',

  'handlers.userInfo': 'User information',
  'handlers.agencyCode': 'Agency code',
  'handlers.agencyName': 'Agency name',
  'handlers.managerName': "Authorization manager's name",
  'handlers.listTitle': 'Authorized handlers',
  'handlers.pageSize': 'Rows per page',
  'handlers.colIndex': 'No.',
  'handlers.colName': 'Name',
  'handlers.colNationalId': 'National ID number',
  'handlers.colActions': 'Actions',
  'handlers.empty': 'No records found!',
  'handlers.footer': 'Showing {from} to {to} of {total}',

  'handlerForm.addTitle': 'Add an authorized handler',
  'handlerForm.editTitle': 'Edit an authorized handler',
  'handlerForm.instruction':
    "To assign a handler, insert the handler's citizen certificate card to import its serial number and name",
  'handlerForm.serial': 'Certificate serial number (SN)',
  'handlerForm.serialHint':
    'Type it in this field, or insert the citizen certificate in the card reader and press {button}',
  'handlerForm.readCard': 'Read certificate',
  'handlerForm.name': 'Name',
  'handlerForm.nationalId': 'National ID number',
  'handlerForm.permissionsTitle': 'Functions (permissions granted)',

  'deleteDialog.title': 'Confirm deletion',
  'deleteDialog.message': 'Are you sure you want to delete this record?',

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

  // handler views: pager, handler list, handler editor
  'pager.label': 'Pages',
  'pager.page': 'Page {page}',
  'pager.next': 'Next page',
  'handlers.colPermissions': 'Permissions',
  'handlers.noPermissions': 'None',
  'handlers.exportCsv': 'Export CSV',
  'handlers.print': 'Print',
  'handlers.cardExpiring': 'Certificate expires {date}',
  'handlers.cardExpired': 'Certificate expired {date}',
  'handlers.cardRevoked': 'Certificate revoked',
  'handlers.cardUnknown': 'Certificate state unknown',
  'handlers.cardUnknownHint':
    'This system has never read the certificate of this serial number, so its validity is not known',
  'handlers.cardValid': 'Certificate valid until {date}',
  'handlers.renewCard': 'Read the new card to update the serial',
  'handlers.newPermissions': 'Lacks new functions: {names}',
  'handlers.colCardState': 'Certificate',
  'handlers.colNewPermissions': 'Lacks new functions',
  'handlers.printTitle': '{agency} authorized handlers',
  'handlers.printedAt': 'Printed: {time}',
  'handlers.orgCardExpiring': 'The organization card expires on {date}; replace it before then',
  'handlers.orgCardExpired': 'The organization card expired on {date}; replace it',
  'handlers.orgCardRevoked': 'The organization card has been revoked; replace it',
  'handlers.managerCardExpiring': "The manager's citizen card expires on {date}; replace it before then",
  'handlers.managerCardExpired': "The manager's citizen card expired on {date}; replace it",
  'handlers.managerCardRevoked': "The manager's citizen card has been revoked; replace it",
  'handlerForm.templates': 'Permission templates',
  'handlerForm.templateSelect': 'Apply a permission template',
  'handlerForm.templateNone': 'Choose',
  'handlerForm.templateApply': 'Apply',
  'handlerForm.templateApplied': 'Template “{name}” applied; check the selected functions.',
  'handlerForm.templateName': 'Template name',
  'handlerForm.templateSave': 'Save as template',
  'handlerForm.templateDelete': 'Delete template',
  'handlerForm.permissionsRequired': 'Select at least one permission.',
  'handlerForm.readingCard': 'Reading the certificate…',
  'handlerForm.cardRead': 'Certificate read: serial number and name imported.',

  // Gregorian first, because English readers rarely know the ROC calendar; the ROC year stays so
  // the time can be matched with the zh-TW screens and receipts.
  'format.rocDateTime': '{gy}-{MM}-{dd} {HH}:{mm}:{ss} (Taipei time, ROC year {y})',

  // card-confirm, cert-info, contact-form, applicant-form, message, ca-contacts
  'form.errorSummaryTitle': 'There is a problem; please correct the following:',
  'form.busy': 'Working, please wait…',
  'cardConfirm.pinHint': 'The PIN is 6 to 8 digits.',
  'cardConfirm.pinNative':
    'After you press Confirm, enter the IC card password (PIN) in the window the card component (Fortify) opens; this page never asks for your PIN.',
  'cardConfirm.pinPinpad':
    "After you press Confirm, type the IC card password (PIN) on the card reader's keypad; this page never asks for your PIN.",
  'cardConfirm.pinFortifyNow': 'Enter the PIN in the Fortify window',
  'cardConfirm.connectionTitle': 'Card component (Fortify)',
  'cardConfirm.connecting': 'Connecting to the card component (Fortify)…',
  'cardConfirm.notRunningTitle': 'Fortify not detected',
  'cardConfirm.notRunningBody':
    'Fortify is the free app that lets web pages use the IC card in your reader. Download it from https://fortifyapp.com, install and start it; this page connects by itself once it runs, without a reload.',
  'cardConfirm.retrying': 'Retrying automatically.',
  'cardConfirm.pairingTitle': 'Compare the pairing code',
  'cardConfirm.pairingBody':
    'Check that the Fortify window shows the same code as below, then press Approve in the Fortify window.',
  'cardConfirm.pairingCode': 'Pairing code',
  'cardConfirm.deniedTitle': 'Fortify did not allow this site',
  'cardConfirm.deniedBody':
    'This site was refused in the Fortify window. To use your IC card, press Connect again and approve the site in the Fortify window.',
  'cardConfirm.chooseCertificate': 'Choose another certificate',
  'cardConfirm.reconnect': 'Connect again',
  'cardConfirm.disconnectedTitle': 'Connection to Fortify lost',
  'cardConfirm.disconnectedBody':
    'Check that Fortify is still running; this page continues by itself once it is back.',
  'cardConfirm.triesLeft': 'PIN tries left: {n}.',
  'cardConfirm.lastTry': 'One more wrong PIN locks the IC card.',
  'cardConfirm.lockedTitle': 'Card locked',
  'cardConfirm.lockedBody':
    'The IC card PIN (password) was entered wrongly three times or more, so the card is locked; to unlock it, contact the {ca}:',
  'cardConfirm.lockedBodyAnyCa':
    'The IC card PIN (password) was entered wrongly three times or more, so the card is locked; to unlock it, contact the certification authority that issued it:',
  'cardConfirm.readerTitle': 'Card in the reader',
  'cardConfirm.noCard': 'No IC card detected in the card reader; please insert the card.',
  'cardConfirm.holder': 'Holder',
  'cardConfirm.issuer': 'Issued by',
  'cardConfirm.serial': 'Certificate serial number',
  'cardConfirm.cardNumber': 'Card number',
  'cardConfirm.revoked':
    'This certificate has been revoked and cannot be used; do not enter its PIN. Contact {ca} for a new certificate.',
  'cardConfirm.contactCa': 'The card issuer:',
  'cardConfirm.wrongKindTitle': 'Wrong kind of card',
  'cardConfirm.wrongKindOrg': 'This is a citizen certificate; insert the organization certificate card.',
  'cardConfirm.wrongKindCitizen': 'This is an organization certificate; insert the citizen certificate card.',
  'cardConfirm.signing': 'The card is signing: do not remove it. Please wait…',
  'cardConfirm.nextCardOrg':
    'The reader holds a citizen certificate card: take it out and insert the organization certificate card.',
  'cardConfirm.nextCardManager':
    "The reader still holds the organization certificate card: take it out and insert the authorization manager's citizen certificate card.",
  'cardConfirm.nextCardManagerSwapped':
    "The reader still holds the organization certificate card: take it out and insert the authorization manager's new citizen certificate card.",
  'cardConfirm.nextCardCitizen':
    'The reader holds an organization certificate card: take it out and insert the citizen certificate card.',
  'validity.range': '{from} to {to}',
  'validity.expiresSoon':
    'This certificate expires on {date} (days left: {days}); renew it or apply for a new card at its certification authority soon.',
  'validity.expired':
    'This certificate expired on {date}; apply to its certification authority for a new card.',
  'validity.notYetValid': 'This certificate is valid from {date}; it cannot be used yet.',
  'certInfo.empty': '(none)',
  'message.success': 'Success',
  'message.info': 'Information',
  'message.warning': 'Warning',
  'message.error': 'Error',
  'message.reviewPendingTitle': 'Application under review',
  'caContacts.caTitle': 'Certification authority service contacts',
  'caContacts.fax': 'Fax: {fax}',
  'caContacts.newWindow': '(opens in a new window)',

  // Flow-bound elements and <gepi-portal>
  'portal.navLabel': 'Functions',
  'portal.home': 'Home',
  'portal.homeFirstRegistration':
    "Registration screens: first record the organization certificate's details, then the authorization manager's citizen certificate.",
  'portal.homeAuthorization':
    "Authorize handlers and set their permissions in the system, with the organization certificate and the authorization manager's citizen certificate.",
  'portal.homeCertSwap':
    "Replace the organization certificate or the authorization manager's citizen certificate.",
  'portal.homeReceipts':
    'Look up certificate registrations and replacements, and how applications and reviews stand.',
  'portal.homeCitizenSerial': 'Look up the serial number of a citizen certificate.',
  'portal.homeOrgOid':
    'Look up the OID of an organization certificate: government, business, organization and group, or medical.',
  'portal.skipToContent': 'Skip to main content',
  'portal.guideCenter': 'Main content',
  'portal.breadcrumbLabel': 'You are here',
  'portal.crumb': '{function}: {screen}',
  'screen.terms': 'terms of use',
  'screen.orgCard': 'organization certificate',
  'screen.citizenCard': 'citizen certificate',
  'screen.applicant': 'applicant',
  'screen.confirm': '{function}: confirmation',
  'screen.queryForm': 'search',
  'screen.results': 'results',
  'screen.add': 'add a handler',
  'screen.edit': 'change a handler',
  'screen.delete': 'delete a handler',
  'portal.goToAuthorization': 'Continue to authorization assignment',
  'portal.loading': 'Loading…',
  'portal.loadFailed': 'This function could not be loaded. Check your network connection and try again.',
  'portal.retry': 'Try again',
  // Card coach
  'coach.label': 'Steps',
  'coach.done': ' (done)',
  'coach.step.terms': 'Terms',
  'coach.step.orgCard': 'Organization card',
  'coach.step.newOrgCard': 'New organization card',
  'coach.step.managerCard': "Manager's card",
  'coach.step.newManagerCard': "New manager's card",
  'coach.step.citizenCard': 'Citizen card',
  'coach.step.confirm': 'Confirm',
  'coach.step.done': 'Done',
  'coach.step.handlers': 'Handlers',
  'coach.step.authorizedList': 'Authorized list',
  'coach.step.result': 'Result',
  'coach.readTerms': 'Read the terms of use.',
  'coach.connectFirst': 'Connect the card component first.',
  'coach.insertOrg': 'Insert the organization card.',
  'coach.insertNewOrg': 'Insert the new organization card.',
  'coach.insertManagerNamed': "Insert {name}'s citizen card.",
  'coach.insertManager': "Insert the authorization manager's citizen card.",
  'coach.insertNewManager': "Insert the new authorization manager's citizen card.",
  'coach.insertCitizen': 'Insert the citizen card.',
  'coach.swapToOrg': 'Take out the citizen card and insert the organization card.',
  'coach.swapToManagerNamed': "Take out the organization card and insert {name}'s citizen card.",
  'coach.swapToManager':
    "Take out the organization card and insert the authorization manager's citizen card.",
  'coach.swapToNewManager':
    "Take out the organization card and insert the new authorization manager's citizen card.",
  'coach.swapToCitizen': 'Take out the organization card and insert the citizen card.',
  'coach.replaceCard': 'This card cannot be used: take it out and insert a valid one.',
  'coach.enterPin': 'Fill in the fields and the PIN, then press Confirm.',
  'coach.enterPinNative': "Press Confirm, then enter the PIN in the card component's window.",
  'coach.enterPinPinpad': "Press Confirm, then enter the PIN on the reader's keypad.",
  'coach.signing': 'Signing with the card: do not remove it.',
  'coach.removeCard': 'You can take out the card.',
  'coach.readHandlerCard':
    "To read a handler's card, insert the handler's citizen card, then press Read certificate.",

  'flow.declinedTitle': 'Terms not accepted',
  'flow.declinedBody': 'You did not agree to the user terms, so this function cannot go on.',
  'flow.readTermsAgain': 'Read the terms again',
  'flow.cancelledTitle': 'Function left',
  'flow.cancelledBody':
    'You have left this function and the cards were logged out. Start again when you are ready.',
  'flow.restart': 'Start again',
  'session.remaining': 'Session time left',
  'session.end': 'End session',
  'session.cardRemovedTitle': 'Card taken out',
  'session.cardRemovedBody':
    "The manager's citizen card was taken out, so the session was ended and closed on the server. Put the card back in and start again.",
  'session.warning': 'The session ends in {minutes} min. ',
  'session.warningSeconds': 'The session ends in {seconds} s. ',
  'session.warningExtend': 'To go on, extend the session or keep working; otherwise end the session.',
  'session.warningAtLimit': 'The session is at its time limit: finish now or end the session.',
  'session.extend': 'Extend session',
  'session.extended': 'Session extended.',
  'session.atLimit': 'Session at its time limit; it cannot be extended',
  'session.endedTitle': 'Session ended',
  'session.endedBody': 'You ended the session; the server has closed it. Start again when you are ready.',
  'session.expiredTitle': 'Session timed out',
  'session.expiredBody':
    'The session ended after a time without activity; nothing more was changed. Start again when you are ready.',
  'query.again': 'Search again',

  // <gepi-virtual-reader>, the demo's card reader panel
  'virtualReader.label': 'Virtual card reader',
  'virtualReader.none': '(no card inserted)',
  'virtualReader.noReader': 'No reader',
  'virtualReader.empty': 'There is no IC card in the reader.',
  'virtualReader.inserted': 'An IC card is in the reader.',
  'virtualReader.triesLeft': 'IC card inserted; the PIN can be tried {count} more times.',
  'virtualReader.locked': 'The IC card is locked; {ca} must unlock it.',
  'virtualReader.theCa': 'the issuing certification authority',
  'virtualReader.unlock': 'Unlock as the CA would',
};
