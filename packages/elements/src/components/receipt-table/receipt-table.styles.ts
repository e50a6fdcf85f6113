// Looks of <gepi-receipt-table> beyond the shared paged-table styles: its results heading.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

// `.receipt-number`: 收件編號 under 註冊項目: a line of its own, broken anywhere rather than widening a phone's
// table.
export const receiptTableStyles = css`
  .heading {
    margin: 0 0 ${token('space-sm')};
    font-size: var(--gepi-receipt-table-title-font-size, ${token('font-size-lg')});
    line-height: ${token('line-height-tight')};
  }

  .receipt-number {
    display: block;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
`;
