// `@gepi/sdk/fortify`: real cards in the browser (and Node tools) through the Fortify app. Its own
// entry, so that a page that never chooses Fortify downloads none of it; the Fortify client itself
// is loaded on the first connection attempt. See docs/fortify.md.
export { FORTIFY_ADDRESS, FortifyTokenProvider } from './fortify/provider.js';
export type { FortifySelection, FortifyTokenProviderOptions } from './fortify/provider.js';
export { FORTIFY_CODES, mapFortifyError } from './fortify/errors.js';
export { certificateUsage } from './fortify/der.js';
