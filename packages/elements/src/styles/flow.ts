// Looks the flow-bound elements share: the views of a step stacked with room between them, and
// the buttons a flow element adds itself (start again, search again), which are not printed.
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

  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* Buttons cannot be pressed on paper. */
  @media print {
    .actions {
      display: none;
    }
  }
`;
