// Looks of <gepi-query>: the 查詢憑證註冊紀錄 form (機關代號 beside 查詢 where there is room), and
// the row of buttons under a one-record result.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

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

  /* In line with the input, below its label. */
  .receipts-fields .button {
    margin-block-start: calc(${token('font-size-md')} * ${token('line-height')} + ${token('space-xs')});
  }

  .print-list {
    display: none;
  }

  @media print {
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
