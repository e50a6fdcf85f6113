// sql.js ships no types; driver-wasm.ts declares the part of its API it uses.
declare module 'sql.js' {
  const initSqlJs: unknown;
  export default initSqlJs;
}
