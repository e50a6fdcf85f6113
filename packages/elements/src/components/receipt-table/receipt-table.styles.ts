// Looks of <gepi-receipt-table> beyond the shared paged-table styles: its results heading.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const receiptTableStyles = css`
  .heading {
    margin: 0 0 ${token('space-sm')};
    font-size: var(--gepi-receipt-table-title-font-size, ${token('font-size-lg')});
    line-height: ${token('line-height-tight')};
  }
`;
