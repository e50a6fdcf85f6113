// What `ws` is in a browser bundle of the Fortify client: the browser's own WebSocket. Bundlers
// alias `ws` to this module (`@gepi/sdk/fortify/ws`); see docs/fortify.md.
const BrowserWebSocket = globalThis.WebSocket;
export default BrowserWebSocket;
export { BrowserWebSocket as WebSocket };
