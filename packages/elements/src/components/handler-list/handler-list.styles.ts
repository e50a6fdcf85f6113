// Looks of <gepi-handler-list> beyond the shared paged-table and 使用者資訊 styles: the notice,
// the list title, the buttons beside the user information, the row buttons and the expiry badges.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

// `.notice:has(+ .receipt-number)`: 收件編號 under the notice, in the same box.
// `@container gepi-table (max-width: 40rem)`: A phone: the badge under the name, allowed to wrap (a rounded
// box, not a pill, once it takes two lines), so that the table fits the screen.
export const handlerListStyles = css`
  .notice {
    margin: 0 0 ${token('space-md')};
    padding: ${token('space-sm')} ${token('space-md')};
    border-inline-start: 4px solid ${token('color-success')};
    background: var(--gepi-handler-list-notice-bg, ${token('color-success-bg')});
    color: ${token('color-success')};
    font-weight: ${token('font-weight-bold')};
  }

  .notice:has(+ .receipt-number) {
    margin-bottom: 0;
  }

  .receipt-number {
    margin: 0 0 ${token('space-sm')};
    padding: 0 ${token('space-md')} ${token('space-sm')};
    border-inline-start: 4px solid ${token('color-success')};
    background: var(--gepi-handler-list-notice-bg, ${token('color-success-bg')});
    overflow-wrap: anywhere;
  }

  .receipt-actions {
    margin: 0 0 ${token('space-md')};
  }

  .heading {
    margin: 0 0 ${token('space-sm')};
    font-size: ${token('font-size-lg')};
    line-height: ${token('line-height-tight')};
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-sm')};
  }

  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')} ${token('space-sm')};
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

  .badge--valid {
    border-color: transparent;
    color: ${token('color-text-muted')};
    font-weight: normal;
  }

  .badge--unknown {
    border-style: dashed;
    color: ${token('color-text-muted')};
  }

  .new-permissions {
    display: block;
    margin-block-start: ${token('space-xs')};
    font-size: ${token('font-size-sm')};
    font-weight: normal;
    color: ${token('color-text-muted')};
  }

  .card-notices {
    display: grid;
    gap: ${token('space-xs')};
    margin: 0 0 ${token('space-md')};
  }

  .card-notice {
    margin: 0;
    padding: ${token('space-sm')} ${token('space-md')};
    border-inline-start: 4px solid currentColor;
    background: var(--gepi-badge-expiring-bg, #fff4e5);
    color: var(--gepi-badge-expiring-color, #7a4100);
    font-weight: ${token('font-weight-bold')};
  }

  .card-notice--expired,
  .card-notice--revoked {
    background: var(--gepi-badge-expired-bg, ${token('color-danger-bg')});
    color: var(--gepi-badge-expired-color, ${token('color-danger')});
  }

  @container gepi-table (max-width: 40rem) {
    .badge {
      display: block;
      inline-size: fit-content;
      margin: ${token('space-xs')} 0 0;
      border-radius: ${token('radius-md')};
      white-space: normal;
    }
  }

  @media print {
    .actions,
    .row-actions {
      display: none;
    }
  }
`;
