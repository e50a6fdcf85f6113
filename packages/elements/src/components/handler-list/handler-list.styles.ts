// Looks of <gepi-handler-list> beyond the shared paged-table styles: the user-information box, the
// list title, the row buttons and the certificate expiry badges.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const handlerListStyles = css`
  .notice {
    margin: 0 0 ${token('space-md')};
    padding: ${token('space-sm')} ${token('space-md')};
    border-inline-start: 4px solid ${token('color-success')};
    background: var(--gepi-handler-list-notice-bg, ${token('color-success-bg')});
    color: ${token('color-success')};
    font-weight: ${token('font-weight-bold')};
  }

  .user-info {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: ${token('space-md')};
    margin-block-end: ${token('space-lg')};
    padding: ${token('space-md')};
    border: 1px solid var(--gepi-table-border-color, ${token('color-border')});
    border-radius: ${token('radius-md')};
    background: var(--gepi-handler-list-info-bg, ${token('color-surface')});
  }

  .heading {
    margin: 0 0 ${token('space-sm')};
    font-size: ${token('font-size-lg')};
    line-height: ${token('line-height-tight')};
  }

  .agency {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${token('space-xs')} ${token('space-sm')};
    margin: 0;
  }

  .agency dt {
    font-weight: ${token('font-weight-bold')};
  }

  .agency dt::after {
    content: ':';
  }

  .agency dd {
    margin: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-sm')};
  }

  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')};
  }

  .row-actions .button {
    padding-inline: ${token('space-md')};
  }

  .badge {
    display: inline-block;
    margin-inline-start: ${token('space-sm')};
    padding: 0 ${token('space-sm')};
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
    white-space: nowrap;
  }

  .badge--expiring {
    background: var(--gepi-badge-expiring-bg, #fff4e5);
    color: var(--gepi-badge-expiring-color, #7a4100);
  }

  .badge--expired {
    background: var(--gepi-badge-expired-bg, ${token('color-danger-bg')});
    color: var(--gepi-badge-expired-color, ${token('color-danger')});
  }

  @media print {
    .actions,
    .row-actions {
      display: none;
    }
  }
`;
