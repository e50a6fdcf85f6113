// Looks of <gepi-portal>: the menu in a column beside the page on wide screens, above it on narrow
// ones; the home page's functions as cards. On paper only the page shown is printed, without the menu.
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

// `.frame`: 跳到主要內容區塊: off screen until it has focus, then at the top of the portal.
// `.skip-link:not(:focus)`: hidden as visually-hidden text is (not moved off the frame, which a host's banner
// may not cover).
// `.guide`: the 導盲磚 ::: is small and quiet, as on Taiwan's government sites, and reachable by keyboard.
// `.menu-toggle` (on a phone): the menu folds behind 功能列 ▼, so that every step starts near the top.
// `@media (forced-colors: active)`: forced colours drop the background; the current page keeps a visible
// mark.
// `@media print`: printing (列印 of 查詢已授權清單, or the browser's own print): the page without the menu, full
// width.
export const portalStyles = css`
  .frame {
    position: relative;
  }

  .skip-link {
    position: absolute;
    border: 0;
    font: inherit;
    cursor: pointer;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 1;
    padding: ${token('space-sm')} ${token('space-md')};
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    font-weight: ${token('font-weight-bold')};
  }

  .skip-link:not(:focus) {
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .guide {
    display: inline-block;
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
    color: ${token('color-text-muted')};
    text-decoration: none;
    font-size: ${token('font-size-sm')};
    line-height: 1;
  }

  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')};
    margin: ${token('space-xs')} 0 ${token('space-sm')};
    padding: 0;
    list-style: none;
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }

  .breadcrumb li + li::before {
    content: '/';
    margin-inline-end: ${token('space-xs')};
    color: ${token('color-text-muted')};
  }

  .breadcrumb__link {
    padding: 0;
    border: 0;
    background: none;
    color: ${token('color-primary')};
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .menu-toggle {
    display: none;
  }

  .base {
    display: grid;
    grid-template-columns: minmax(0, var(--gepi-portal-menu-width, 16rem)) minmax(0, 1fr);
    gap: var(--gepi-portal-gap, ${token('space-xl')});
    align-items: start;
  }

  @media (max-width: 48rem) {
    .base {
      grid-template-columns: minmax(0, 1fr);
      gap: ${token('space-md')};
    }

    .menu-toggle {
      display: flex;
      align-items: center;
      justify-content: space-between;
      width: 100%;
      min-height: ${token('control-min-height')};
      padding: ${token('space-sm')} ${token('space-md')};
      border: 0;
      background: transparent;
      color: ${token('color-text')};
      font: inherit;
      font-weight: ${token('font-weight-bold')};
      cursor: pointer;
    }

    .menu {
      display: none;
      border-block-start: 1px solid ${token('color-border')};
    }

    .menu--open {
      display: block;
    }
  }

  .nav {
    background: var(--gepi-portal-menu-bg, ${token('color-surface')});
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }

  .menu,
  .submenu,
  .home,
  .home__links {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .menu__group,
  .menu__item {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-sm')};
    width: 100%;
    min-height: ${token('control-min-height')};
    padding: ${token('space-sm')} ${token('space-md')};
    border: 0;
    border-block-end: 1px solid ${token('color-border')};
    background: transparent;
    color: ${token('color-text')};
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .menu__group {
    font-weight: ${token('font-weight-bold')};
  }

  .menu__chevron {
    font-size: ${token('font-size-sm')};
  }

  .submenu .menu__item {
    padding-inline-start: ${token('space-xl')};
  }

  .menu__group:hover,
  .menu__item:hover {
    background: ${token('color-bg')};
  }

  .menu__item[aria-current='page'] {
    background: var(--gepi-portal-menu-current-bg, ${token('color-primary')});
    color: var(--gepi-portal-menu-current-color, ${token('color-on-primary')});
    font-weight: ${token('font-weight-bold')};
  }

  @media (forced-colors: active) {
    .menu__item[aria-current='page'] {
      outline: 2px solid Highlight;
      outline-offset: -4px;
    }
  }

  .main {
    min-width: 0;
  }

  .title {
    margin: 0 0 ${token('space-lg')};
    font-size: ${token('font-size-xl')};
    line-height: ${token('line-height-tight')};
  }

  .home {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: ${token('space-lg')};
  }

  .home__card {
    padding: ${token('space-md')} ${token('space-lg')};
    border: 1px solid ${token('color-border')};
    border-block-start: 4px solid ${token('color-primary')};
    border-radius: ${token('radius-md')};
    background: ${token('color-bg')};
  }

  .home__title {
    margin: 0 0 ${token('space-sm')};
    font-size: ${token('font-size-lg')};
  }

  .home__text {
    margin: 0 0 ${token('space-sm')};
  }

  .home__link {
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: ${token('color-primary')};
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  .home__links {
    display: grid;
    gap: ${token('space-xs')};
  }

  @media print {
    .nav,
    .skip-link,
    .guide,
    .breadcrumb {
      display: none;
    }

    .base {
      display: block;
    }
  }
`;
