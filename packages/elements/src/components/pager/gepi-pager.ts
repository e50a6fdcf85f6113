// Registers <gepi-pager>. The only module of the pager element with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiPager } from './pager.component.js';

export { GepiPager };

defineElement('gepi-pager', GepiPager);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-pager': GepiPager;
  }
}
