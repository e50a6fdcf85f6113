// Looks of <gepi-authorization>: the handler named in the delete dialog, and its error there; on
// paper, the 收件回執 of the last change in place of the list.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const authorizationStyles = css`
  .delete-target {
    margin: 0;
    font-weight: ${token('font-weight-bold')};
  }

  .delete-error {
    margin: ${token('space-sm')} 0 0;
    color: ${token('color-danger')};
  }

  @media print {
    .has-receipt {
      display: none;
    }
  }
`;
