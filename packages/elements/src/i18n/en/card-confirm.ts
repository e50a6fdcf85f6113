// The English of <gepi-card-confirm> (機關憑證確認畫面, 自然人憑證確認畫面): the cardConfirm part of the English catalog (../en.ts). Typed by its zh-TW
// part, so a missing, extra or misspelled key fails the type check.
import type { cardConfirmZh } from '../zh-TW/card-confirm.js';
import type { EnglishOf } from '../words.js';

export const cardConfirmEn: EnglishOf<typeof cardConfirmZh> = {
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

  // card-confirm, cert-info, contact-form, applicant-form, message, ca-contacts
  'cardConfirm.pinHint': 'The PIN is 6 to 8 digits.',
  'cardConfirm.pinNative':
    'After you press Confirm, enter the IC card password (PIN) in the window the card component (Fortify) opens; this page never asks for your PIN.',
  'cardConfirm.pinPinpad':
    "After you press Confirm, type the IC card password (PIN) on the card reader's keypad; this page never asks for your PIN.",
  'cardConfirm.pinFortifyNow': 'Enter the PIN in the Fortify window',
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
};
