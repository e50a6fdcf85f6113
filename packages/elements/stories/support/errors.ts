// The errors the stories show, made the way the flows make them: a real SDK error object
// (TokenError from a card, ApiError from the API's problem catalog, TransportError from the
// network) put through `explainError` in the story's locale. No hand-written messages, so a story
// shows exactly the words a user would read.
import { TokenError, TransportError, explainError } from '@gepi/sdk';
import { apiErrorFromCode } from '@gepi/sdk/api';
import type { ContactsLike, ErrorExplanation, Locale } from '@gepi/sdk';
import type { StoryContext } from '@storybook/web-components-vite';
import { CA_CONTACTS, CA_ORDER } from '@gepi/elements';

/** The CA contacts the API's `contacts` endpoint serves, which explainError adds to card errors. */
const contacts: ContactsLike = {
  certificationAuthorities: CA_ORDER.map((id) => {
    const ca = CA_CONTACTS[id];
    return { id, name: ca.name, phone: ca.phone, web: ca.web };
  }),
};

/** The locale the toolbar (or the story's `globals`) chose. */
export function storyLocale(context: Pick<StoryContext, 'globals'>): Locale {
  return context.globals['locale'] === 'en' ? 'en' : 'zh-TW';
}

/** An error as a view's `error` property takes it, in the story's locale. */
export function explained(error: unknown, context: Pick<StoryContext, 'globals'>): ErrorExplanation {
  return explainError(error, storyLocale(context), { contacts });
}

/** The errors of the list, by name, each a real SDK error. */
export const errors = {
  /** A wrong PIN: the card says how many tries remain. */
  wrongPin: (triesLeft: number) => new TokenError('PIN_INCORRECT', { details: { triesLeft } }),
  /** The third wrong PIN locked the card; `ca` unlocks it. */
  locked: (ca: 'MOICA' | 'GCA' | 'XCA' | 'MOEACA' | 'HCA') =>
    new TokenError('PIN_LOCKED', { details: { ca } }),
  noCard: () => new TokenError('TOKEN_NOT_PRESENT'),
  expired: () => apiErrorFromCode('CERT_EXPIRED', { details: { ca: 'MOICA' } }),
  revoked: () => apiErrorFromCode('CERT_REVOKED', { details: { ca: 'MOICA' } }),
  unknownCa: () => apiErrorFromCode('CERT_UNKNOWN_CA'),
  alreadyRegistered: () => apiErrorFromCode('ALREADY_REGISTERED', { requestId: 'req-7f3a9c21' }),
  reviewPending: () => apiErrorFromCode('REVIEW_PENDING'),
  agencyUnknown: () => apiErrorFromCode('AGENCY_UNKNOWN', { field: 'agencyCode' }),
  agencyMismatch: () => apiErrorFromCode('AGENCY_MISMATCH'),
  notManager: () => apiErrorFromCode('NOT_REGISTERED_MANAGER'),
  nationalIdMismatch: () => apiErrorFromCode('NATIONAL_ID_MISMATCH', { field: 'nationalId' }),
  duplicateSerial: () => apiErrorFromCode('HANDLER_DUPLICATE_SERIAL', { field: 'serial' }),
  versionConflict: () => apiErrorFromCode('HANDLER_VERSION_CONFLICT'),
  network: () =>
    new TransportError({ code: 'NETWORK_ERROR', method: 'POST', path: '/api/v1/sign-ins/org', attempts: 3 }),
  timeout: () =>
    new TransportError({ code: 'TIMEOUT', method: 'POST', path: '/api/v1/registrations', attempts: 3 }),
  server: () => apiErrorFromCode('INTERNAL', { requestId: 'req-5b21e0d4' }),
};
