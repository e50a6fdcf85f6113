// Looks of <gepi-pager>: the page-size and search row above the slotted table, and the result count
// and page buttons below it. Both rows wrap on narrow screens instead of scrolling sideways.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

// `.scroll`: A table wider than the box scrolls, with a shadow at each edge that has more to show (the covers
// move with the content, the shadows stay): the cue that the columns go on.
// `@media print`: on paper: the rows and the 顯示第 … 項結果 line, without the controls (顯示筆數, 搜尋, pages).
export const pagerStyles = css`
  :host {
    display: block;
  }

  .toolbar,
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-sm')} ${token('space-lg')};
  }

  .scroll {
    overflow-x: auto;
    background:
      linear-gradient(to right, ${token('color-bg')} 30%, transparent) left / 2rem 100% no-repeat local,
      linear-gradient(to left, ${token('color-bg')} 30%, transparent) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 0.75rem 100% no-repeat,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 0.75rem 100%
        no-repeat;
  }

  .toolbar {
    margin-block-end: var(--gepi-pager-gap, ${token('space-sm')});
  }

  .footer {
    margin-block-start: var(--gepi-pager-gap, ${token('space-sm')});
  }

  .page-size,
  .search {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-sm')};
  }

  .select,
  .search-input {
    min-height: ${token('control-min-height')};
    padding: ${token('space-xs')} ${token('space-sm')};
    border: 1px solid var(--gepi-field-border-color, ${token('color-border')});
    border-radius: var(--gepi-field-radius, ${token('radius-sm')});
    background: var(--gepi-field-bg, ${token('color-bg')});
    color: inherit;
    font: inherit;
  }

  .search-input {
    inline-size: var(--gepi-pager-search-width, 14rem);
    max-inline-size: 100%;
  }

  .status {
    margin: 0;
    color: ${token('color-text-muted')};
  }

  .pages {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .page-button {
    min-inline-size: ${token('control-min-height')};
    min-block-size: ${token('control-min-height')};
    padding: ${token('space-xs')} ${token('space-sm')};
    border: 1px solid var(--gepi-pager-button-border-color, ${token('color-border')});
    border-radius: ${token('radius-md')};
    background: var(--gepi-pager-button-bg, ${token('color-bg')});
    color: var(--gepi-pager-button-color, ${token('color-primary')});
    font: inherit;
    cursor: pointer;
  }

  .page-button[aria-current='page'] {
    border-color: var(--gepi-pager-current-bg, ${token('color-primary')});
    background: var(--gepi-pager-current-bg, ${token('color-primary')});
    color: var(--gepi-pager-current-color, ${token('color-on-primary')});
    font-weight: ${token('font-weight-bold')};
  }

  .page-button[aria-disabled='true'] {
    border-style: dashed;
    color: ${token('color-text-muted')};
    cursor: not-allowed;
  }

  .gap {
    display: inline-flex;
    align-items: center;
    padding-inline: ${token('space-xs')};
    color: ${token('color-text-muted')};
  }

  @media (forced-colors: active) {
    .page-button[aria-current='page'] {
      border-width: 3px;
    }
  }

  @media print {
    .toolbar,
    nav {
      display: none;
    }

    .scroll {
      overflow: visible;
    }
  }
`;
