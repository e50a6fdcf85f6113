// The English of the flow elements (首次註冊, 授權指派, 更換憑證, 查詢作業): card coach, session, a flow left or declined, the 收件回執: the flow part of the English catalog (../en.ts). Typed by its zh-TW
// part, so a missing, extra or misspelled key fails the type check.
import type { flowZh } from '../zh-TW/flow.js';
import type { EnglishOf } from '../words.js';

export const flowEn: EnglishOf<typeof flowZh> = {
  'receipt.title': 'Receipt',
  'receipt.number': 'Receipt no.',
  'receipt.agency': 'Agency',
  'receipt.item': 'Done',
  'receipt.by': 'By',
  'receipt.handler': 'Handler',
  'receipt.person': '{name} ({id})',
  'receipt.at': 'Received',

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
};
