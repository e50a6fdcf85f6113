// Every story: args and docs from custom-elements.json, and the two toolbar choices — locale
// (through <gepi-provider locale>, the way a host sets it) and theme (custom properties only).
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import manifest from 'virtual:gepi/custom-elements';
import '@gepi/elements/components/provider/gepi-provider.js';
import { argTypesOf, descriptionOf, useManifest } from './manifest.js';
import { THEME_NAMES, isThemeName, themes } from './themes.js';

setCustomElementsManifest(manifest);
useManifest(manifest);

// The flow stories' demo PKI (restored from the build's demo-pki.json) and SQLite's WebAssembly are
// made ready as the preview starts, while a person is still choosing a story: the first flow story
// opened then finds them (every story on the page shares them).
void import('../packages/elements/stories/support/demo-env.js')
  .then((demo) => demo.demoPki())
  .catch(() => undefined);

// The canvas around a story takes the theme's page colours, so a dark theme is seen on a dark page.
const canvasStyles = new CSSStyleSheet();
canvasStyles.replaceSync(`
  .gepi-story {
    box-sizing: border-box;
    padding: 1rem;
    background: var(--gepi-color-bg, #ffffff);
    color: var(--gepi-color-text, #1f2933);
    font-family: var(--gepi-font-family, system-ui, sans-serif);
  }
  .gepi-story[data-view-mode='story'] {
    min-height: 100vh;
  }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, canvasStyles];

const withThemeAndLocale: Decorator = (story, context) => {
  const locale = context.globals['locale'] === 'en' ? 'en' : 'zh-TW';
  const theme = isThemeName(context.globals['theme']) ? context.globals['theme'] : 'default';
  return html`<div
    class="gepi-story"
    data-theme=${theme}
    data-view-mode=${context.viewMode}
    lang=${locale}
    style=${styleMap(themes[theme].values)}
  >
    <gepi-provider locale=${locale}>${story()}</gepi-provider>
  </div>`;
};

const preview: Preview = {
  // A docs page per element: its description, every story, and the args table from the manifest.
  tags: ['autodocs'],
  decorators: [withThemeAndLocale],
  globalTypes: {
    locale: {
      description: 'Language of the elements (through <gepi-provider locale>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-TW', title: '繁體中文 (zh-TW)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme: values for the elements’ custom properties, nothing else',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEME_NAMES.map((name) => ({ value: name, title: themes[name].title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-TW', theme: 'default' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    docs: {
      extractArgTypes: argTypesOf,
      extractComponentDescription: descriptionOf,
    },
    // The a11y panel reports as errors; scripts/storybook-test.mjs fails a story on any violation.
    // A story may switch a rule off with `a11y: { config: { rules: [{ id, enabled: false }] } }`
    // and a comment saying why; the CI run honours the same parameter.
    a11y: { test: 'error' },
  },
};

export default preview;
