// Looks of <gepi-query>: the 查詢憑證註冊紀錄 form (機關代號 beside 查詢 where there is room), and
// the row of buttons under a one-record result.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

// `.receipts-fields .button`: in line with the input, below its label.
// `.applications`: 收件紀錄's 申請及審核情形: a short section under the records, set off by a rule.
// `.application`: one application: a bordered box of label / value pairs, two columns where there is room and
// one on a phone (no table to scroll sideways).
export const queryStyles = css`
  .receipts-form {
    max-width: var(--gepi-form-max-width, 60rem);
  }

  .receipts-fields {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: ${token('space-md')};
  }

  .receipts-fields .field {
    flex: 0 1 16rem;
    margin: 0;
  }

  .receipts-fields .button {
    margin-block-start: calc(${token('font-size-md')} * ${token('line-height')} + ${token('space-xs')});
  }

  .applications {
    max-width: var(--gepi-form-max-width, 60rem);
    padding-block-start: ${token('space-md')};
    border-block-start: 1px solid ${token('color-border')};
  }

  .applications p {
    margin: ${token('space-xs')} 0 ${token('space-sm')};
  }

  .application {
    margin-block: ${token('space-md')};
    padding: ${token('space-sm')} ${token('space-md')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }

  .application__fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: ${token('space-sm')} ${token('space-lg')};
    margin: 0;
  }

  .application__fields dt {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .application__fields dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .application .name {
    word-break: keep-all;
  }

  .application .oid {
    font-variant-numeric: tabular-nums;
    color: ${token('color-text-muted')};
  }

  .state {
    display: inline-block;
    padding: 0 ${token('space-sm')};
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: ${token('font-weight-bold')};
  }

  .state--pending {
    background: var(--gepi-badge-expiring-bg, #fff4e5);
    color: var(--gepi-badge-expiring-color, #7a4100);
  }

  .state--approved {
    background: ${token('color-success-bg')};
    color: ${token('color-success')};
  }

  .state--rejected {
    background: ${token('color-danger-bg')};
    color: ${token('color-danger')};
  }

  .print-list {
    display: none;
  }

  @media print {
    .applications {
      display: none;
    }

    .print-list {
      display: table;
      width: 100%;
      border-collapse: collapse;
    }

    .print-list th,
    .print-list td {
      border: 1px solid currentColor;
      padding: ${token('space-xs')} ${token('space-sm')};
      text-align: start;
    }

    gepi-handler-list.printing::part(pager) {
      display: none;
    }
  }
`;
