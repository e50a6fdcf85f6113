// Looks of <gepi-cert-info>: the two panels side by side on wide screens (as the manual's screens),
// stacked on narrow ones.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const certInfoStyles = css`
  .base {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    gap: var(--gepi-cert-info-gap, ${token('space-lg')});
    align-items: start;
  }

  .panel {
    container: gepi-details / inline-size;
    padding: var(--gepi-cert-info-padding, ${token('space-md')});
    border: 1px solid var(--gepi-cert-info-border-color, ${token('color-border')});
    border-radius: ${token('radius-md')};
    background: var(--gepi-cert-info-bg, ${token('color-bg')});
  }

  .panel__title {
    margin: 0 0 ${token('space-sm')};
    font-size: var(--gepi-cert-info-title-font-size, ${token('font-size-lg')});
    line-height: ${token('line-height-tight')};
  }

  .code {
    font-family: var(--gepi-font-family-code, ui-monospace, 'DejaVu Sans Mono', 'Noto Sans Mono', monospace);
    font-size: 0.875em;
  }

  .empty {
    color: ${token('color-text-muted')};
  }
`;
