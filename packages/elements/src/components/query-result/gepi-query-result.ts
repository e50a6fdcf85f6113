// Registers <gepi-query-result>. The only module of the query result with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiQueryResult } from './query-result.component.js';

export { GepiQueryResult };

defineElement('gepi-query-result', GepiQueryResult);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-query-result': GepiQueryResult;
  }
}
