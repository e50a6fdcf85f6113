// `@gepi/sdk/virtual`: the virtual card reader. Its own entry so pages that reach real cards
// (Fortify, PKCS#11) do not carry a demo device in the SDK's main entry.
/**
 * The virtual card reader: a `TokenProvider` whose cards behave like Taiwanese smart cards
 * (three PIN tries, locked until the CA unlocks, login before signing, removal logs out) without
 * hardware. For demos, Storybook, tests and developers without cards; with `@gepi/sdk/testing`'s
 * demo PKI it holds every card of the demo dataset.
 *
 * @module @gepi/sdk/virtual
 */
export { MAX_PIN_TRIES } from './tokens/pin.js';
export { VirtualCard, VirtualTokenProvider, virtualCardFromIssued } from './tokens/virtual.js';
export type {
  IssuedCardLike,
  VirtualCardInit,
  VirtualCardKeyInit,
  VirtualKeyInit,
  VirtualPinRequest,
  VirtualTokenProviderOptions,
} from './tokens/virtual.js';
