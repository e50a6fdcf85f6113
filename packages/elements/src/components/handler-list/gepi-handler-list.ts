// Registers <gepi-handler-list> and the <gepi-pager> it renders. The only module of the handler
// list with a side effect.
import { defineElement } from '../../internal/define.js';
import '../pager/gepi-pager.js';
import { GepiHandlerList } from './handler-list.component.js';

export { GepiHandlerList };

defineElement('gepi-handler-list', GepiHandlerList);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-handler-list': GepiHandlerList;
  }
}
