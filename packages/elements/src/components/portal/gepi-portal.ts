// Registers <gepi-portal> and the provider it hands the client through, and tells the portal how to
// fetch the four functions (first registration, authorization, swaps, queries) when first opened.
// The only module of the portal with a side effect.
import { defineElement } from '../../internal/define.js';
import '../provider/gepi-provider.js';
import { GepiPortal } from './portal.component.js';

export { GepiPortal };

// Each function's define file, fetched when the function is first opened. Here rather than in the
// class, so that importing the main entry does not make a splitting bundler load every function up
// front. Literal paths, so that every bundler sees the split.
GepiPortal.functionLoaders = {
  'gepi-first-registration': () => import('../first-registration/gepi-first-registration.js'),
  'gepi-authorization': () => import('../authorization/gepi-authorization.js'),
  'gepi-cert-swap': () => import('../cert-swap/gepi-cert-swap.js'),
  'gepi-query': () => import('../query/gepi-query.js'),
};
defineElement('gepi-portal', GepiPortal);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-portal': GepiPortal;
  }
}
