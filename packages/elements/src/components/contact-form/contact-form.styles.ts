// Looks of <gepi-contact-form>: two or three fields a row on wide screens (as the manual's screen),
// one on narrow ones; remarks across the whole row. Hints sit below their inputs so that inputs of
// one row line up.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const contactFormStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 0 ${token('space-lg')};
    align-items: start;
  }

  .field--wide {
    grid-column: 1 / -1;
  }
`;
