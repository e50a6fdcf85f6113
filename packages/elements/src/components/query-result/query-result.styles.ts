// Looks of <gepi-query-result>: a boxed list of label and value pairs, side by side where there is
// room and stacked where there is not.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const queryResultStyles = css`
  .base {
    padding: var(--gepi-query-result-padding, ${token('space-lg')});
    border: 1px solid var(--gepi-query-result-border-color, ${token('color-border')});
    border-radius: ${token('radius-md')};
    background: var(--gepi-query-result-bg, ${token('color-bg')});
  }

  .title {
    margin: 0 0 ${token('space-md')};
    font-size: var(--gepi-query-result-title-font-size, ${token('font-size-lg')});
    line-height: ${token('line-height-tight')};
  }

  .list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: ${token('space-md')} ${token('space-lg')};
    margin: 0;
  }

  .term {
    font-weight: ${token('font-weight-bold')};
  }

  .term::after {
    content: ':';
  }

  .value {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .value--code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  }
`;
