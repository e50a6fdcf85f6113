// The expiry warning beside a certificate's details: a bordered note whose colour is not the only
// cue (its text says what is wrong). Shared by <gepi-cert-info> and <gepi-card-confirm>.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

// `@container gepi-details (max-width: 30rem)`: A narrow box (a phone, a side column): each label above its
// value, so that the value has the whole width: serials and card numbers stay on one line and the DN breaks
// only at its commas.
export const validityStyles = css`
  .warning {
    margin: 0 0 ${token('space-sm')};
    padding: ${token('space-sm')} ${token('space-md')};
    border-inline-start: 4px solid var(--gepi-warning-color, #8a5300);
    background: var(--gepi-warning-bg, #fff7e0);
    color: ${token('color-text')};
  }

  .warning--expired {
    border-inline-start-color: ${token('color-danger')};
    background: ${token('color-danger-bg')};
  }

  .details {
    margin: 0;
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: ${token('space-xs')} ${token('space-md')};
  }

  .details > div {
    display: contents;
  }

  .details dt {
    font-weight: ${token('font-weight-bold')};
  }

  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  @container gepi-details (max-width: 30rem) {
    .details {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }

    .details dd {
      margin-block-end: ${token('space-sm')};
      overflow-wrap: break-word;
    }
  }
`;
