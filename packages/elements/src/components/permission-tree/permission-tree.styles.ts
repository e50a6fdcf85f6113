// Looks of <gepi-permission-tree>: the catalog's groups as nested, indented boxes of checkboxes,
// each checkbox with a target well above WCAG 2.2's 24 px minimum.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const permissionTreeStyles = css`
  .tree {
    margin: 0;
    padding: ${token('space-md')};
    border: 1px solid var(--gepi-permission-tree-border-color, ${token('color-border')});
    border-radius: ${token('radius-md')};
    background: var(--gepi-permission-tree-bg, ${token('color-bg')});
  }

  .tree[aria-invalid='true'] {
    border-color: ${token('color-danger')};
    border-width: 2px;
  }

  .legend {
    padding-inline: ${token('space-xs')};
    font-weight: ${token('font-weight-bold')};
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list .list {
    padding-inline-start: var(--gepi-permission-tree-indent, ${token('space-xl')});
  }

  .group {
    margin: 0;
    padding: 0;
    border: 0;
    border-inline-start: 2px solid var(--gepi-permission-tree-border-color, ${token('color-border')});
  }

  .group > legend {
    padding: 0;
  }

  .option {
    display: flex;
    align-items: center;
    gap: ${token('space-sm')};
    min-block-size: ${token('control-min-height')};
    padding-inline: ${token('space-sm')};
    cursor: pointer;
  }

  .option--group {
    font-weight: ${token('font-weight-bold')};
  }

  .checkbox {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--gepi-permission-tree-accent, ${token('color-primary')});
  }

  .error {
    margin: 0 0 ${token('space-sm')};
  }
`;
