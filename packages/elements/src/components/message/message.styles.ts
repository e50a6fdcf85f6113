// Looks of <gepi-message>: a panel with an edge and background by kind. Colour is never the only
// cue: the icon has a text alternative naming the kind.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const messageStyles = css`
  .base {
    --_accent: ${token('color-primary')};
    --_bg: ${token('color-surface')};
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 ${token('space-md')};
    max-width: var(--gepi-message-max-width, 60rem);
    padding: var(--gepi-message-padding, ${token('space-md')} ${token('space-lg')});
    border-inline-start: 4px solid var(--gepi-message-accent, var(--_accent));
    background: var(--gepi-message-bg, var(--_bg));
  }

  .base[data-kind='success'] {
    --_accent: ${token('color-success')};
    --_bg: ${token('color-success-bg')};
  }

  .base[data-kind='warning'] {
    --_accent: var(--gepi-warning-color, #8a5300);
    --_bg: var(--gepi-warning-bg, #fff7e0);
  }

  .base[data-kind='error'] {
    --_accent: ${token('color-danger')};
    --_bg: ${token('color-danger-bg')};
  }

  .icon {
    grid-row: span 3;
    color: var(--gepi-message-accent, var(--_accent));
    font-size: ${token('font-size-xl')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
  }

  .heading {
    margin: 0 0 ${token('space-sm')};
    font-size: var(--gepi-message-heading-font-size, ${token('font-size-lg')});
    line-height: ${token('line-height-tight')};
  }

  .body p {
    margin: 0 0 ${token('space-sm')};
  }

  .body .bank {
    margin-block-start: ${token('space-sm')};
  }

  .bank__name {
    margin: 0 0 ${token('space-xs')};
    font-weight: ${token('font-weight-bold')};
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-md')};
    margin-block-start: ${token('space-sm')};
  }

  .actions[hidden] {
    display: none;
  }
`;
