// Looks of <gepi-handler-editor>: the 使用者資訊 box (shared styles) as wide as the form, the data fields
// beside the permission tree (stacked on narrow screens, as WCAG reflow asks), the error summary above
// them and the buttons below.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const handlerEditorStyles = css`
  .base,
  .user-info {
    max-width: var(--gepi-handler-editor-max-width, 64rem);
  }

  .title {
    margin: 0 0 ${token('space-md')};
    font-size: var(--gepi-handler-editor-title-font-size, ${token('font-size-xl')});
    line-height: ${token('line-height-tight')};
  }

  .instruction,
  .required-note {
    margin: 0 0 ${token('space-sm')};
  }

  .required-note {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: ${token('space-lg')};
    align-items: start;
    margin-block-start: ${token('space-md')};
  }

  .serial-input {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.02em;
  }

  .read-card {
    margin-inline: ${token('space-xs')};
    min-height: 2rem;
    padding-block: ${token('space-xs')};
  }

  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .card-status {
    margin: 0 0 ${token('space-md')};
    color: ${token('color-success')};
    font-weight: ${token('font-weight-bold')};
  }

  .card-status:empty {
    margin: 0;
  }

  .error-summary:focus {
    outline: ${token('focus-ring-width')} solid var(--gepi-focus-ring-color, ${token('color-focus')});
    outline-offset: ${token('focus-ring-offset')};
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-md')};
    margin-block-start: ${token('space-lg')};
  }

  .templates {
    margin: 0 0 ${token('space-md')};
    padding: ${token('space-sm')} ${token('space-md')};
    border: 1px solid var(--gepi-field-border-color, ${token('color-border')});
    border-radius: ${token('radius-md')};
  }

  .templates legend {
    font-weight: ${token('font-weight-bold')};
  }

  .template-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-xs')} ${token('space-sm')};
    margin-block-end: ${token('space-sm')};
  }

  .template-row select,
  .template-row input {
    min-block-size: 2.25rem;
    padding: 0 ${token('space-sm')};
    border: 1px solid var(--gepi-field-border-color, ${token('color-border')});
    border-radius: ${token('radius-sm')};
    font: inherit;
  }

  .template-status {
    margin: 0;
    min-block-size: 1.5em;
    color: ${token('color-text-muted')};
  }
`;
