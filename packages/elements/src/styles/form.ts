// Looks the kit's forms share: title, alert region, field grid, notes and button row.
import { css } from 'lit';
import { token } from './tokens.js';

// `.busy`: the busy status: nothing while idle; a bordered note with a spinner while the flow works.
// `@media (max-width: 40rem)`: A phone: the page's own margins are enough; the form keeps its width for
// fields and tables.
export const formStyles = css`
  .busy {
    margin: 0;
  }

  .busy:not(:empty) {
    display: flex;
    align-items: center;
    gap: ${token('space-sm')};
    margin-block: ${token('space-md')};
    padding: ${token('space-sm')} ${token('space-md')};
    border-inline-start: 4px solid var(--gepi-busy-color, ${token('color-primary')});
    background: var(--gepi-busy-bg, ${token('color-surface')});
    font-weight: ${token('font-weight-bold')};
  }

  .busy__spinner {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 3px solid var(--gepi-busy-color, ${token('color-primary')});
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: gepi-spin 0.9s linear infinite;
  }

  @keyframes gepi-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .busy__spinner {
      animation: none;
    }
  }

  .base {
    max-width: var(--gepi-form-max-width, 60rem);
    padding: var(--gepi-form-padding, ${token('space-lg')});
    background: var(--gepi-form-bg, ${token('color-bg')});
  }

  @media (max-width: 40rem) {
    .base {
      padding: var(--gepi-form-padding, ${token('space-sm')} ${token('space-xs')});
    }
  }

  .title {
    margin: 0 0 ${token('space-md')};
    font-size: var(--gepi-form-title-font-size, ${token('font-size-xl')});
    line-height: ${token('line-height-tight')};
    color: var(--gepi-form-title-color, ${token('color-text')});
  }

  .error-summary__title {
    line-height: ${token('line-height-tight')};
  }

  .field__required {
    margin-inline-end: ${token('space-xs')};
  }

  .field__input {
    width: 100%;
  }

  textarea.field__input {
    min-height: 5rem;
    resize: vertical;
  }

  .note {
    margin: 0 0 ${token('space-md')};
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: ${token('space-md')};
    margin-block-start: ${token('space-md')};
  }

  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-block-end: ${token('space-md')};
    font-weight: ${token('font-weight-bold')};
  }
`;
