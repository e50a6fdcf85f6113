// Looks of <gepi-virtual-reader>: a small boxed panel, set apart from the portal it serves so nobody
// takes it for part of the registration pages, and left off when the page is printed.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

// `.field__input`: card labels are long (GCA 機關憑證 10001 臺北市政府人事處): the select fits the panel, not them.
// `@media print`: A control of the demo desk, not part of any page a person would print.
export const virtualReaderStyles = css`
  .base {
    display: grid;
    gap: ${token('space-sm')};
    padding: var(--gepi-virtual-reader-padding, ${token('space-md')});
    border: 1px dashed var(--gepi-virtual-reader-border-color, ${token('color-border')});
    border-radius: ${token('radius-md')};
    background: var(--gepi-virtual-reader-bg, ${token('color-surface')});
  }

  .field {
    margin: 0;
  }

  .field__input {
    width: 100%;
    min-width: 0;
  }

  .reader {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .state {
    margin: 0;
  }

  .field__error {
    margin: 0;
  }

  .button {
    justify-self: start;
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
