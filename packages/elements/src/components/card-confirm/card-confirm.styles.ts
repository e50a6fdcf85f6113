// Looks of <gepi-card-confirm>: instructions and the card beside the fields on wide screens (as the
// manual's screens), stacked on narrow ones, with the notes below.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

// `.card__box--wrong`: A card of the wrong kind: a heavier border in the error colour, beside the words that
// say so.
// `.card__box--next`: the previous step's card still in: an instruction, in the information colour, not an
// error.
export const cardConfirmStyles = css`
  .layout {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: ${token('space-lg')};
    align-items: start;
  }

  .notice,
  .instruction {
    margin: 0 0 ${token('space-sm')};
  }

  .card:not(:empty) {
    margin-block-start: ${token('space-md')};
  }

  .card__box {
    container: gepi-details / inline-size;
    padding: ${token('space-md')};
    border: 1px solid var(--gepi-card-border-color, ${token('color-border')});
    border-radius: ${token('radius-md')};
    background: var(--gepi-card-bg, ${token('color-surface')});
  }

  .card__box--wrong {
    border: 2px solid var(--gepi-card-wrong-border-color, ${token('color-danger')});
  }

  .card__box--next {
    border-left: 4px solid var(--gepi-card-next-border-color, ${token('color-primary')});
  }

  .card__next {
    margin: 0 0 ${token('space-sm')};
    font-weight: 600;
  }

  .card__box .field__error {
    margin: 0 0 ${token('space-sm')};
  }

  .card__title {
    margin: 0 0 ${token('space-sm')};
    font-size: ${token('font-size-md')};
  }

  .card__missing {
    margin: 0;
    font-weight: ${token('font-weight-bold')};
  }

  .pin-message,
  .tries {
    margin: 0 0 ${token('space-md')};
  }

  .tries {
    font-weight: ${token('font-weight-bold')};
  }

  .locked {
    margin-block-end: ${token('space-lg')};
    padding: ${token('space-md')};
    border-inline-start: 4px solid ${token('color-danger')};
    background: ${token('color-danger-bg')};
  }

  .locked__title {
    margin: 0 0 ${token('space-sm')};
    color: ${token('color-danger')};
    font-size: ${token('font-size-lg')};
  }

  .locked p {
    margin: 0 0 ${token('space-sm')};
  }

  .notes {
    margin-block-start: ${token('space-lg')};
    padding-block-start: ${token('space-md')};
    border-block-start: 1px solid var(--gepi-card-border-color, ${token('color-border')});
    font-size: ${token('font-size-sm')};
  }

  .notes__title {
    margin: 0 0 ${token('space-xs')};
    font-weight: ${token('font-weight-bold')};
  }

  .notes__list {
    margin: 0;
    padding-inline-start: ${token('space-lg')};
    display: grid;
    gap: ${token('space-sm')};
  }

  .notes .ca-list {
    margin-block-start: ${token('space-sm')};
  }

  .pairing__code {
    display: inline-block;
    margin-inline-start: ${token('space-sm')};
    font-size: ${token('font-size-xl')};
    letter-spacing: 0.2em;
    font-variant-numeric: tabular-nums;
  }

  .pin-now:empty {
    display: none;
  }

  .pin-now {
    font-weight: ${token('font-weight-bold')};
  }
`;
