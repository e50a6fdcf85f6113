// Styles shared by the elements: host defaults, focus ring, buttons, form fields, the error summary
// and visually-hidden text. Component variables (`--gepi-button-bg`, …) sit over the global tokens,
// so a host can restyle one kind of control without touching the palette.
import { css } from 'lit';
import { token } from './tokens.js';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${token('font-family')};
    font-size: ${token('font-size-md')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

export const focusRingStyles = css`
  :focus-visible {
    outline: ${token('focus-ring-width')} solid var(--gepi-focus-ring-color, ${token('color-focus')});
    outline-offset: ${token('focus-ring-offset')};
  }
`;

// `.button--danger`: destructive (刪除): the danger colour, outlined, so it is never mistaken for its
// neighbour.
// `.button--compact`: in a table row: 2rem high (above WCAG 2.2's 24px target), so that rows stay compact.
// `@media (forced-colors: active)`: Windows high contrast drops backgrounds; the border keeps the button's
// shape visible.
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: ${token('control-min-height')};
    padding: ${token('space-sm')} ${token('space-lg')};
    border: 1px solid var(--gepi-button-border-color, ${token('color-primary')});
    border-radius: var(--gepi-button-radius, ${token('radius-md')});
    font: inherit;
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
    cursor: pointer;
  }

  .button--primary {
    background: var(--gepi-button-bg, ${token('color-primary')});
    color: var(--gepi-button-color, ${token('color-on-primary')});
  }

  .button--primary:hover {
    background: var(--gepi-button-bg-hover, ${token('color-primary-hover')});
  }

  .button--secondary {
    background: var(--gepi-button-secondary-bg, ${token('color-bg')});
    color: var(--gepi-button-secondary-color, ${token('color-primary')});
  }

  .button--secondary:hover {
    background: var(--gepi-button-secondary-bg-hover, ${token('color-surface')});
  }

  .button--danger {
    border-color: var(--gepi-button-danger-color, ${token('color-danger')});
    background: var(--gepi-button-danger-bg, ${token('color-bg')});
    color: var(--gepi-button-danger-color, ${token('color-danger')});
  }

  .button--danger:hover {
    background: var(--gepi-button-danger-bg-hover, ${token('color-danger-bg')});
  }

  .button--compact {
    min-height: 2rem;
    padding: ${token('space-xs')} ${token('space-md')};
    font-size: ${token('font-size-sm')};
  }

  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

export const fieldStyles = css`
  .field {
    display: grid;
    gap: ${token('space-xs')};
    margin-block-end: ${token('space-md')};
  }

  .field__label {
    font-weight: ${token('font-weight-bold')};
  }

  .field__required {
    color: ${token('color-danger')};
  }

  .field__input {
    min-height: ${token('control-min-height')};
    padding: ${token('space-sm')};
    border: 1px solid var(--gepi-field-border-color, ${token('color-border')});
    border-radius: var(--gepi-field-radius, ${token('radius-sm')});
    background: var(--gepi-field-bg, ${token('color-bg')});
    color: inherit;
    font: inherit;
  }

  .field__input[aria-invalid='true'] {
    border-color: ${token('color-danger')};
    border-width: 2px;
  }

  .field__hint {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .field__error {
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
  }
`;

export const errorSummaryStyles = css`
  .error-summary {
    margin-block-end: ${token('space-lg')};
    padding: ${token('space-md')};
    border-inline-start: 4px solid ${token('color-danger')};
    background: var(--gepi-error-summary-bg, ${token('color-danger-bg')});
    color: ${token('color-text')};
  }

  .error-summary__title {
    margin: 0 0 ${token('space-sm')};
    color: ${token('color-danger')};
    font-size: ${token('font-size-lg')};
  }

  .error-summary__list {
    margin: 0;
    padding-inline-start: ${token('space-lg')};
  }

  .error-summary a {
    color: ${token('color-danger')};
  }
`;

// Hidden from sight, still read by screen readers (labels and live messages).
export const visuallyHiddenStyles = css`
  .visually-hidden:not(:focus-within) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

export const sharedStyles = [
  hostStyles,
  focusRingStyles,
  buttonStyles,
  fieldStyles,
  errorSummaryStyles,
  visuallyHiddenStyles,
];
