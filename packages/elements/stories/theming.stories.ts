// The theming guide's examples (theming.mdx): a branded composition themed with custom properties
// alone, and the check that every property the toolbar's themes set is part of the documented
// theming surface (a global token, or an element's `@cssproperty` in custom-elements.json).
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { tokenDefaults } from '@gepi/elements';
import '@gepi/elements/components/card-confirm/gepi-card-confirm.js';
import '@gepi/elements/components/handler-list/gepi-handler-list.js';
import '@gepi/elements/components/message/gepi-message.js';
import { elementDeclarations } from '../../../.storybook/manifest.js';
import { THEME_NAMES, themes } from '../../../.storybook/themes.js';
import type { ThemeValues } from '../../../.storybook/themes.js';
import { agencyInfo, cardInReader, demoClock, handlersOf } from './support/demo-data.js';

/**
 * A host's brand, as it would put it in its own stylesheet (`.my-portal { … }`): a plum and gold
 * palette, rounder corners, a roomier type scale. It sets the whole palette, not only the brand
 * colours: a token it left out would come from whatever the page around sets (a dark theme's
 * success background under the brand's dark text, say). Every value is a custom property the elements
 * document; nothing reaches into their shadow roots. Contrast: text 16.6:1 on bg, primary 10.3:1 on
 * bg, on-primary 10.5:1 on primary, muted 7.2:1 on surface, border 4.1:1, focus 6.2:1.
 */
export const BRAND: ThemeValues & Record<string, string> = {
  '--gepi-color-primary': '#5b2a6e',
  '--gepi-color-primary-hover': '#43194f',
  '--gepi-color-on-primary': '#ffffff',
  '--gepi-color-text': '#231a26',
  '--gepi-color-text-muted': '#5a4a5f',
  '--gepi-color-bg': '#fffdf7',
  '--gepi-color-surface': '#f6f0e4',
  '--gepi-color-border': '#8a7a66',
  '--gepi-color-focus': '#0a5cc2',
  '--gepi-color-danger': '#a3261b',
  '--gepi-color-danger-bg': '#fbefec',
  '--gepi-color-success': '#1e6b3a',
  '--gepi-color-success-bg': '#eef6ee',
  '--gepi-font-family': 'Georgia, "Noto Serif TC", "PMingLiU", serif',
  '--gepi-font-size-xl': '1.75rem',
  '--gepi-radius-sm': '6px',
  '--gepi-radius-md': '999px',
  '--gepi-space-lg': '2rem',
  // Element-level: the amber of warnings, the card box of the card step, the lists' table header.
  '--gepi-warning-color': '#7a4a00',
  '--gepi-warning-bg': '#fff6dd',
  '--gepi-badge-expiring-color': '#7a4a00',
  '--gepi-badge-expiring-bg': '#fff6dd',
  '--gepi-card-bg': '#fbf3df',
  '--gepi-table-header-bg': '#efe3f3',
};

const meta = {
  title: 'Theming/Examples',
  id: 'theming',
  excludeStories: ['BRAND'],
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The same elements as everywhere else, in a host's brand: only custom properties differ. */
export const Branded: Story = {
  render: () =>
    html`<div
      style=${styleMap({
        ...BRAND,
        background: 'var(--gepi-color-bg)',
        padding: '1.5rem',
        display: 'grid',
        gap: '1.5rem',
      })}
    >
      <gepi-message preset="first-registration"></gepi-message>
      <gepi-card-confirm
        kind="citizen"
        .card=${cardInReader('CIT-LIN')}
        .clock=${demoClock}
      ></gepi-card-confirm>
      <gepi-handler-list
        .agency=${agencyInfo('10002')}
        .items=${handlersOf('10002')}
        .clock=${demoClock}
      ></gepi-handler-list>
    </div>`,
};

interface SurfaceRow {
  theme: string;
  property: string;
  value: string;
  declaredBy: string[];
}

function theSurface(): SurfaceRow[] {
  const tokens = new Set(Object.keys(tokenDefaults).map((name) => `--gepi-${name}`));
  const byElement = new Map<string, string[]>();
  for (const element of elementDeclarations()) {
    for (const property of element.cssProperties ?? []) {
      byElement.set(property.name, [...(byElement.get(property.name) ?? []), `<${element.tagName}>`]);
    }
  }
  const rows: SurfaceRow[] = [];
  const sets: [string, Record<string, string | undefined>][] = [
    ...THEME_NAMES.map((name): [string, ThemeValues] => [themes[name].title, themes[name].values]),
    ['Branded example', BRAND],
  ];
  for (const [theme, values] of sets) {
    for (const [property, value] of Object.entries(values)) {
      const declaredBy = [
        ...(tokens.has(property) ? ['global token'] : []),
        ...(byElement.get(property) ?? []),
      ];
      rows.push({ theme, property, value: value ?? '', declaredBy });
    }
  }
  return rows;
}

/**
 * Every property the toolbar's themes and the branded example set, and what declares it. The play
 * function fails if one is declared by nothing: a theme must not depend on undocumented internals.
 */
export const ThemeSurface: Story = {
  render: () => {
    const rows = theSurface();
    return html`<table style="border-collapse: collapse; font: inherit; color: inherit">
      <caption style="text-align: start; font-weight: 700; padding-block-end: 0.5rem">
        Custom properties the themes set, and where each is declared
      </caption>
      <thead>
        <tr>
          <th scope="col" style="text-align: start; padding: 0.25rem 0.75rem">Theme</th>
          <th scope="col" style="text-align: start; padding: 0.25rem 0.75rem">Property</th>
          <th scope="col" style="text-align: start; padding: 0.25rem 0.75rem">Value</th>
          <th scope="col" style="text-align: start; padding: 0.25rem 0.75rem">Declared by</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr data-declared=${row.declaredBy.length > 0 ? 'yes' : 'no'}>
              <td style="padding: 0.25rem 0.75rem">${row.theme}</td>
              <td style="padding: 0.25rem 0.75rem"><code>${row.property}</code></td>
              <td style="padding: 0.25rem 0.75rem"><code>${row.value}</code></td>
              <td style="padding: 0.25rem 0.75rem">${row.declaredBy.join(', ') || 'NOTHING'}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  },
  play: async () => {
    const undeclared = theSurface()
      .filter((row) => row.declaredBy.length === 0)
      .map((row) => `${row.theme}: ${row.property}`);
    await expect(undeclared).toEqual([]);
  },
};
