// Design tokens: the `--gepi-*` custom properties every element reads, with the default theme.
//
// Elements read a token as `var(--gepi-x, <default>)`, so a host themes them by setting `--gepi-x`
// on any ancestor (`:root`, a portal's container) and needs no stylesheet of ours to get the defaults.
// `defaultTheme` declares the same defaults on `:root` for hosts that prefer to adopt and edit them.
//
// Default palette: a sober deep teal in the spirit of Bank of Taiwan, on white. WCAG 2.x contrast
// ratios (relative luminance, computed from the sRGB values below):
//   color-text        #1f2933 on color-bg #ffffff       14.76:1   on color-surface #f4f6f6  13.60:1
//   color-text-muted  #52606d on color-bg #ffffff        6.46:1   on color-surface #f4f6f6   5.95:1
//   color-primary     #005e5b on color-bg #ffffff        7.63:1   on color-surface #f4f6f6   7.03:1
//   color-on-primary  #ffffff on color-primary #005e5b   7.63:1   (on primary-hover #004744 10.58:1)
//   color-danger      #b42318 on color-bg #ffffff        6.57:1   on color-danger-bg #fdf0ee 5.91:1
//   color-success     #1e6b3a on color-bg #ffffff        6.52:1   on color-success-bg #eef7f1 5.97:1
//   color-border      #7b8794 on color-bg #ffffff        3.66:1   (non-text: field edges need ≥ 3:1)
//   color-focus       #1a56db on color-bg #ffffff        6.18:1   (the ring sits outside the control,
//                                                                  on the page background)
import { unsafeCSS } from 'lit';
import type { CSSResult } from 'lit';

export const tokenDefaults = {
  'color-primary': '#005e5b',
  'color-primary-hover': '#004744',
  'color-on-primary': '#ffffff',
  'color-text': '#1f2933',
  'color-text-muted': '#52606d',
  'color-bg': '#ffffff',
  'color-surface': '#f4f6f6',
  'color-border': '#7b8794',
  'color-danger': '#b42318',
  'color-danger-bg': '#fdf0ee',
  'color-success': '#1e6b3a',
  'color-success-bg': '#eef7f1',
  'color-focus': '#1a56db',

  // Traditional Chinese faces first: a Latin-first stack would render Han characters in whatever
  // fallback the system picks, often a Simplified-Chinese or Japanese face.
  'font-family': '"Noto Sans TC", "PingFang TC", "Microsoft JhengHei", system-ui, sans-serif',
  'font-size-sm': '0.875rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.25rem',
  'font-size-xl': '1.5rem',
  'font-weight-bold': '700',
  // Han text needs more leading than Latin text to stay legible in long clauses.
  'line-height': '1.7',
  'line-height-tight': '1.3',

  'space-xs': '0.25rem',
  'space-sm': '0.5rem',
  'space-md': '1rem',
  'space-lg': '1.5rem',
  'space-xl': '2rem',

  'radius-sm': '2px',
  'radius-md': '4px',

  'focus-ring-width': '3px',
  'focus-ring-offset': '2px',
  // Comfortably above WCAG 2.2's 24px minimum target size.
  'control-min-height': '2.75rem',
} as const;

export type TokenName = keyof typeof tokenDefaults;

/** `var(--gepi-<name>, <default>)`, for use inside `css` templates. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--gepi-${name}, ${tokenDefaults[name]})`);
}

/** The default theme as declarations on `:root`, for hosts that adopt it and then edit values. */
export const defaultTheme: CSSResult = unsafeCSS(
  `:root {\n${Object.entries(tokenDefaults)
    .map(([name, value]) => `  --gepi-${name}: ${value};`)
    .join('\n')}\n}`,
);
