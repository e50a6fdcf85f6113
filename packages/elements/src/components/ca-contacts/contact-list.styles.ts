// Looks of the contact lists wherever they are rendered (see contact-list.ts).
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const contactListStyles = css`
  .ca-list,
  .bank__sections {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: ${token('space-sm')};
  }

  .ca,
  .bank__section {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-md')};
  }

  .ca__name,
  .bank__section-name {
    font-weight: ${token('font-weight-bold')};
  }

  .ca__name {
    flex-basis: 100%;
  }

  .ca a,
  .bank a {
    color: var(--gepi-link-color, ${token('color-primary')});
    overflow-wrap: anywhere;
  }

  .bank__lines {
    margin: 0 0 ${token('space-sm')};
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-md')};
  }

  .bank__regions {
    flex-basis: 100%;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }
`;
