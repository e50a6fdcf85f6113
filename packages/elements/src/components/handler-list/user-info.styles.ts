// Looks of the 使用者資訊 box (./user-info.ts), for every element that renders it: a bordered panel
// with the agency's details as a two-column list, and room beside them for the caller's buttons.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const userInfoStyles = css`
  .user-info {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: ${token('space-md')};
    margin-block-end: ${token('space-lg')};
    padding: ${token('space-md')};
    border: 1px solid var(--gepi-table-border-color, ${token('color-border')});
    border-radius: ${token('radius-md')};
    background: var(--gepi-handler-list-info-bg, ${token('color-surface')});
  }

  .user-info__title {
    margin: 0 0 ${token('space-sm')};
    font-size: ${token('font-size-lg')};
    line-height: ${token('line-height-tight')};
  }

  .agency {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${token('space-xs')} ${token('space-sm')};
    margin: 0;
  }

  .agency dt {
    font-weight: ${token('font-weight-bold')};
  }

  .agency dt::after {
    content: ':';
  }

  .agency dd {
    margin: 0;
  }
`;
