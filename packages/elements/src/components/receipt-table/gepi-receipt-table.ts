// Registers <gepi-receipt-table> and the <gepi-pager> it renders. The only module of the receipt
// table with a side effect.
import { defineElement } from '../../internal/define.js';
import '../pager/gepi-pager.js';
import { GepiReceiptTable } from './receipt-table.component.js';

export { GepiReceiptTable };

defineElement('gepi-receipt-table', GepiReceiptTable);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-receipt-table': GepiReceiptTable;
  }
}
