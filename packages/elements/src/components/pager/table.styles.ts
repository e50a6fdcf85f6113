// Looks of the data tables that sit inside <gepi-pager> (handlers, receipts): bordered cells and a
// tinted header row. The pager scrolls a table that a narrow screen cannot fit.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

// `:host`: the element holding the table is the container its narrow layout answers to: a phone, or a narrow
// column of a host page.
// `.table`: separate borders, each cell drawing its end and bottom edges and the table its start and top:
// with collapsed borders half of the outer border lay outside the table's box, so a table of 100% was a pixel
// wider than its box and lost its right edge to the scroll box. The border-box size counts the table's own
// start border within its 100% (content-box made it 929 px in a 928 px box in the demo portal at 1280 px).
// `.table[aria-busy='true']`: busy: a progress cursor, not faded rows, whose text would drop below AA
// contrast.
// `.name`: A person's name is one word: 張淑芬 never breaks as 張淑 / 芬.
// `@container gepi-table (max-width: 40rem)`: A phone: smaller type and tighter cells, so that the manual's
// columns fit without scrolling.
export const pagedTableStyles = css`
  :host {
    container: gepi-table / inline-size;
  }

  .table {
    box-sizing: border-box;
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
    border-block-start: 1px solid var(--gepi-table-border-color, ${token('color-border')});
    border-inline-start: 1px solid var(--gepi-table-border-color, ${token('color-border')});
  }

  .table[aria-busy='true'] {
    cursor: progress;
  }

  .table th,
  .table td {
    padding: var(--gepi-table-cell-padding, ${token('space-xs')} ${token('space-sm')});
    border-inline-end: 1px solid var(--gepi-table-border-color, ${token('color-border')});
    border-block-end: 1px solid var(--gepi-table-border-color, ${token('color-border')});
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

  .name {
    word-break: keep-all;
    white-space: nowrap;
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

  @container gepi-table (max-width: 40rem) {
    .table {
      font-size: ${token('font-size-sm')};
    }

    .table th,
    .table td {
      padding: ${token('space-xs')};
    }
  }
`;
