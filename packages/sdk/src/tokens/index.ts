// The tokens surface: the provider contract, its errors and helpers. Browser-safe; the virtual card
// reader is its own entry (`@gepi/sdk/virtual`), the PKCS#11 provider its own package (`@gepi/pkcs11`),
// Fortify is loaded lazily.
export type {
  CardCertificate,
  CardInfo,
  CardInsertedEvent,
  CardRemovedEvent,
  CertificateUsage,
  PinEntry,
  ProviderState,
  ProviderStatus,
  ReaderInfo,
  ReadersChangedEvent,
  StatusChangedEvent,
  TokenProvider,
  TokenProviderEvent,
  TokenProviderEventMap,
  TokenProviderKind,
} from './provider.js';
export { CARD_AUTHORITY_NAMES, TokenError, TokenErrorCode, isTokenError, tokenErrorText } from './errors.js';
export type { CardAuthority, TokenErrorOptions } from './errors.js';
export { ALLOWED_SIGNATURE_ALGORITHMS, checkSignatureAlgorithm } from './algorithms.js';
export type { AllowedSignatureAlgorithm, SignatureAlgorithm, SignatureHash } from './algorithms.js';
export { MAX_PIN_TRIES, PIN_PATTERN, assertPinWellFormed, isPinWellFormed } from './pin.js';
export { assertSecureContext, requireSubtle } from './guards.js';
export type { ContextScope } from './guards.js';
export { TypedEvents } from './events.js';
export { CLOSED_STATUS, READY_STATUS, statusError } from './status.js';
export type { Unsubscribe } from './events.js';
// For providers written outside this package (`@gepi/pkcs11`): one operation per card at a time,
// and no waiting on a card that has left the reader.
export { exclusive, whilePresent } from './presence.js';
export type { OperationSlot } from './presence.js';
