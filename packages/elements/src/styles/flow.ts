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

  /* 收件回執: on paper only, in place of the result's panels and lines. */
  .receipt {
    display: none;
  }

  .receipt__fields {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${token('space-xs')} ${token('space-lg')};
    margin: 0;
  }

  .receipt__fields > div {
    display: contents;
  }

  .receipt__fields dt {
    font-weight: ${token('font-weight-bold')};
  }

  .receipt__fields dd {
    margin: 0;
  }

  /* Buttons cannot be pressed on paper. */
  @media print {
    .actions {
      display: none;
    }

    .received-at,
    .receipt-number,
    [part~='result-panels'] {
      display: none;
    }

    .receipt {
      display: block;
      padding: ${token('space-md')};
      border: 1px solid currentColor;
      break-inside: avoid;
    }
  }
`;
