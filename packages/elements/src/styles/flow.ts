// Looks the flow-bound elements share: the views of a step stacked with room between them, and
// the buttons a flow element adds itself (start again, search again) and the session's countdown,
// which are not printed.
import { css } from 'lit';
import { token } from './tokens.js';

// `.session`: 作業剩餘時間, 延長作業時間 and 結束作業 while a card session is open.
// `.coach`: the card coach: the step indicator and the live instruction.
// `@media (max-width: 30rem)`: A phone: only the current step keeps its words on screen (the others keep them
// for screen readers).
// `.receipt`: 收件回執: on paper only, in place of the result's panels and lines.
// `@media print`: buttons cannot be pressed on paper.
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

  .coach {
    display: grid;
    gap: ${token('space-sm')};
  }

  .coach__steps {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')} ${token('space-md')};
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: coach-step;
  }

  .coach__step {
    display: flex;
    align-items: center;
    gap: ${token('space-xs')};
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .coach__step::before {
    counter-increment: coach-step;
    content: counter(coach-step);
    display: inline-grid;
    place-items: center;
    box-sizing: border-box;
    min-width: 1.75em;
    height: 1.75em;
    border: 1px solid currentColor;
    border-radius: 50%;
  }

  .coach__step--done::before {
    content: '✓' / '';
  }

  .coach__step--current {
    color: ${token('color-text')};
    font-weight: ${token('font-weight-bold')};
  }

  .coach__step--current::before {
    border-color: ${token('color-primary')};
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }

  .coach__now {
    margin: 0;
    padding: ${token('space-sm')} ${token('space-md')};
    border-inline-start: 4px solid ${token('color-primary')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    font-weight: ${token('font-weight-bold')};
  }

  .coach__now:empty {
    padding: 0;
    border: 0;
  }

  @media (max-width: 30rem) {
    .coach__step:not(.coach__step--current) .coach__label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

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

  @media print {
    .actions,
    .session,
    .coach {
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
