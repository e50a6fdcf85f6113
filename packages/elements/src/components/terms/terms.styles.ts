// Looks of <gepi-terms>: a readable column of clauses with the download time beside the title.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const termsStyles = css`
  .base {
    max-width: var(--gepi-terms-max-width, 60rem);
    padding: var(--gepi-terms-padding, ${token('space-lg')});
    background: var(--gepi-terms-bg, ${token('color-bg')});
  }

  .header {
    display: flex;
    flex-wrap: wrap-reverse;
    align-items: baseline;
    justify-content: space-between;
    gap: ${token('space-sm')} ${token('space-lg')};
    margin-block-end: ${token('space-md')};
  }

  .title {
    margin: 0;
    font-size: var(--gepi-terms-title-font-size, ${token('font-size-xl')});
    line-height: ${token('line-height-tight')};
    color: var(--gepi-terms-title-color, ${token('color-text')});
  }

  .download-time {
    margin: 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .intro {
    margin: 0 0 ${token('space-md')};
  }

  .clauses {
    margin: 0 0 ${token('space-lg')};
    padding-inline-start: ${token('space-xl')};
  }

  .clause + .clause {
    margin-block-start: var(--gepi-terms-clause-gap, ${token('space-sm')});
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: ${token('space-md')};
  }
`;
