// Looks of <gepi-applicant-form>: the reason for the review stands out above the two fields.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const applicantFormStyles = css`
  .base {
    max-width: var(--gepi-form-max-width, 36rem);
  }

  .reason {
    margin: 0 0 ${token('space-lg')};
    padding: ${token('space-sm')} ${token('space-md')};
    border-inline-start: 4px solid var(--gepi-warning-color, #8a5300);
    background: var(--gepi-warning-bg, #fff7e0);
    font-weight: ${token('font-weight-bold')};
  }
`;
