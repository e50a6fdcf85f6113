// Looks of <gepi-ca-contacts>: two stacked blocks, the authorities and the bank.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const caContactsStyles = css`
  .base {
    display: grid;
    gap: var(--gepi-ca-contacts-gap, ${token('space-lg')});
  }

  .title {
    margin: 0 0 ${token('space-sm')};
    font-size: var(--gepi-ca-contacts-title-font-size, ${token('font-size-lg')});
    line-height: ${token('line-height-tight')};
  }
`;
