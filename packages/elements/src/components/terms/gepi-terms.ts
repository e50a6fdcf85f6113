// Registers <gepi-terms>. The only module of the terms element with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiTerms } from './terms.component.js';

export { GepiTerms };

defineElement('gepi-terms', GepiTerms);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-terms': GepiTerms;
  }
}
