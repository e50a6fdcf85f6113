// Registers <gepi-portal> and the provider it hands the client through. The four functions
// (first registration, authorization, swaps, queries) are fetched by the portal when first opened.
// The only module of the portal with a side effect.
import { defineElement } from '../../internal/define.js';
import '../provider/gepi-provider.js';
import { GepiPortal } from './portal.component.js';

export { GepiPortal };

defineElement('gepi-portal', GepiPortal);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-portal': GepiPortal;
  }
}
