// Looks of <gepi-authorization>: the handler named in the delete dialog, and its error there.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const authorizationStyles = css`
  .session {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: ${token('space-sm')} ${token('space-md')};
    color: ${token('color-text-muted')};
  }

  .session strong {
    font-variant-numeric: tabular-nums;
    color: ${token('color-text')};
  }

  .session p {
    margin: 0;
  }

  .delete-target {
    margin: 0;
    font-weight: ${token('font-weight-bold')};
  }

  .delete-error {
    margin: ${token('space-sm')} 0 0;
    color: ${token('color-danger')};
  }
`;
