// Looks of the data tables that sit inside <gepi-pager> (handlers, receipts): bordered cells and a
// tinted header row. The pager scrolls a table that a narrow screen cannot fit.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const pagedTableStyles = css`
  .table {
    inline-size: 100%;
    border-collapse: collapse;
    background: ${token('color-bg')};
  }

  /* Busy: a progress cursor, not faded rows, whose text would drop below AA contrast. */
  .table[aria-busy='true'] {
    cursor: progress;
  }

  .table th,
  .table td {
    padding: ${token('space-sm')};
    border: 1px solid var(--gepi-table-border-color, ${token('color-border')});
    text-align: start;
    vertical-align: middle;
  }

  .table thead th {
    background: var(--gepi-table-header-bg, ${token('color-surface')});
    white-space: nowrap;
  }

  .table tbody th {
    font-weight: normal;
  }

  .index,
  .nowrap {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .empty {
    text-align: center;
    color: ${token('color-text-muted')};
  }
`;
