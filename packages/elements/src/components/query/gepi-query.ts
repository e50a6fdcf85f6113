// Registers <gepi-query> and the views it renders. The only module of the element with a side
// effect.
import { defineElement } from '../../internal/define.js';
import '../card-confirm/gepi-card-confirm.js';
import '../receipt-table/gepi-receipt-table.js';
import '../query-result/gepi-query-result.js';
import '../handler-list/gepi-handler-list.js';
import '../message/gepi-message.js';
import { GepiQuery } from './query.component.js';

export { GepiQuery };

defineElement('gepi-query', GepiQuery);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-query': GepiQuery;
  }
}
