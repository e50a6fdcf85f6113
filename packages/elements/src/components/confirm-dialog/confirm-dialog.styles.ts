// Looks of <gepi-confirm-dialog>: a small modal box over a dimmed page.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const confirmDialogStyles = css`
  :host {
    display: contents;
  }

  .dialog {
    inline-size: min(100% - 2 * ${token('space-md')}, var(--gepi-confirm-dialog-width, 28rem));
    padding: ${token('space-lg')};
    border: 1px solid var(--gepi-confirm-dialog-border-color, ${token('color-border')});
    border-radius: ${token('radius-md')};
    background: var(--gepi-confirm-dialog-bg, ${token('color-bg')});
    color: ${token('color-text')};
    font-family: ${token('font-family')};
    line-height: ${token('line-height')};
  }

  .dialog::backdrop {
    background: var(--gepi-confirm-dialog-backdrop, rgb(0 0 0 / 0.5));
  }

  .title {
    margin: 0 0 ${token('space-sm')};
    font-size: ${token('font-size-lg')};
    line-height: ${token('line-height-tight')};
  }

  .message {
    margin: 0 0 ${token('space-lg')};
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: ${token('space-md')};
  }
`;
