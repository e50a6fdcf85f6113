// The toolbar's themes. Each one is nothing but values for the elements' custom properties: the
// global `--gepi-*` tokens of styles/tokens.ts and, where an element hard-codes a colour the tokens
// do not reach, that element's documented `@cssproperty`. No theme has a stylesheet or a `::part`
// rule, so whatever a theme can do, any host page can do the same way.
//
// Contrast (WCAG 2.x relative luminance) of the pairs the elements draw, checked when the values
// were chosen (axe checks the rendered result in every theme):
//   dark:           text 15.3:1 on bg, 13.3:1 on surface; muted 8.4:1 on surface; primary 8.7:1
//                   on surface; on-primary 9.5:1 on primary; danger 8.1:1 on danger-bg; success
//                   9.4:1 on success-bg; warning 9.7:1 on warning-bg; border 5.1:1; focus 9.9:1.
//   high-contrast:  text 21:1; primary 14.8:1; danger 10.0:1; success 10.4:1; warning 10.6:1;
//                   focus ring 7.3:1 and 4px wide.
import type { TokenName } from '@gepi/elements';

/** A global token, as a custom property. */
type TokenProperty = `--gepi-${TokenName}`;

/**
 * Element-level custom properties the themes set because their defaults are fixed colours rather
 * than tokens (the amber of expiry warnings and badges, the dialog backdrop). Each is documented
 * with `@cssproperty` on its element; the theming guide's check fails if one is not.
 */
type ElementProperty =
  | '--gepi-warning-color'
  | '--gepi-warning-bg'
  | '--gepi-badge-expiring-bg'
  | '--gepi-badge-expiring-color'
  | '--gepi-confirm-dialog-backdrop';

export type ThemeValues = Partial<Record<TokenProperty | ElementProperty, string>>;

export type ThemeName = 'default' | 'dark' | 'high-contrast';

export const themes: Readonly<Record<ThemeName, { title: string; values: ThemeValues }>> = {
  // The elements' own defaults: nothing set.
  default: { title: 'Default', values: {} },
  dark: {
    title: 'Dark',
    values: {
      '--gepi-color-primary': '#6fd1cb',
      '--gepi-color-primary-hover': '#9ae2dd',
      '--gepi-color-on-primary': '#0b1f1e',
      '--gepi-color-text': '#e8eef2',
      '--gepi-color-text-muted': '#b3c0c9',
      '--gepi-color-bg': '#11181d',
      '--gepi-color-surface': '#1b252c',
      '--gepi-color-border': '#8896a0',
      '--gepi-color-danger': '#ff9b92',
      '--gepi-color-danger-bg': '#361613',
      '--gepi-color-success': '#7fdca6',
      '--gepi-color-success-bg': '#10291b',
      '--gepi-color-focus': '#9cc2ff',
      '--gepi-warning-color': '#f5c86f',
      '--gepi-warning-bg': '#2e2409',
      '--gepi-badge-expiring-bg': '#2e2409',
      '--gepi-badge-expiring-color': '#f5c86f',
      '--gepi-confirm-dialog-backdrop': 'rgb(0 0 0 / 0.7)',
    },
  },
  'high-contrast': {
    title: 'High contrast',
    values: {
      '--gepi-color-primary': '#00206b',
      '--gepi-color-primary-hover': '#000000',
      '--gepi-color-on-primary': '#ffffff',
      '--gepi-color-text': '#000000',
      '--gepi-color-text-muted': '#000000',
      '--gepi-color-bg': '#ffffff',
      '--gepi-color-surface': '#ffffff',
      '--gepi-color-border': '#000000',
      '--gepi-color-danger': '#8b0000',
      '--gepi-color-danger-bg': '#ffffff',
      '--gepi-color-success': '#004b1c',
      '--gepi-color-success-bg': '#ffffff',
      '--gepi-color-focus': '#b00020',
      '--gepi-focus-ring-width': '4px',
      '--gepi-warning-color': '#5a3700',
      '--gepi-warning-bg': '#ffffff',
      '--gepi-badge-expiring-bg': '#ffffff',
      '--gepi-badge-expiring-color': '#5a3700',
      '--gepi-confirm-dialog-backdrop': 'rgb(0 0 0 / 0.85)',
    },
  },
};

export const THEME_NAMES = Object.keys(themes) as ThemeName[];

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && Object.hasOwn(themes, value);
}
