// The generated custom-elements.json, served by main.ts's virtual module (see there for why).
declare module 'virtual:gepi/custom-elements' {
  import type { Manifest } from './manifest.js';

  const manifest: Manifest;
  export default manifest;
}
