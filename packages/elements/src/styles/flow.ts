// Looks the flow-bound elements share: the views of a step stacked with room between them, and
// the buttons a flow element adds itself (start again, search again) and the session's countdown,
// which are not printed.
import { css } from 'lit';
import { token } from './tokens.js';

export const flowStyles = css`
  .base {
    display: grid;
    gap: var(--gepi-flow-gap, ${token('space-lg')});
    max-width: var(--gepi-flow-max-width, 64rem);
  }

  .base > * {
    min-width: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-md')};
  }

  /* 作業剩餘時間, 延長作業時間 and 結束作業 while a card session is open. */
  .session {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: ${token('space-sm')} ${token('space-md')};
    color: ${token('color-text-muted')};
  }

  .session strong {
    font-variant-numeric: tabular-nums;
    color: ${token('color-text')};
  }

  .session p {
    margin: 0;
  }

  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* Buttons cannot be pressed on paper. */
  @media print {
    .actions,
    .session {
      display: none;
    }
  }
`;
