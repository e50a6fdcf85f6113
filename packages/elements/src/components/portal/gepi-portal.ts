// Registers <gepi-portal> and everything it renders: the provider it hands the client through and
// the four flow elements. The only module of the portal with a side effect.
import { defineElement } from '../../internal/define.js';
import '../provider/gepi-provider.js';
import '../first-registration/gepi-first-registration.js';
import '../authorization/gepi-authorization.js';
import '../cert-swap/gepi-cert-swap.js';
import '../query/gepi-query.js';
import { GepiPortal } from './portal.component.js';

export { GepiPortal };

defineElement('gepi-portal', GepiPortal);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-portal': GepiPortal;
  }
}
