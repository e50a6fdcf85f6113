// A heading whose level the host chooses (`heading-level`), so a view fits the outline of the page
// that embeds it. Every element renders its headings through renderHeading(), so a level out of
// range falls back the same way everywhere.
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import type { StaticValue } from 'lit/static-html.js';

const TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** `level` clamped to 1–6 (2 when it is not a number). */
export function clampHeadingLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.trunc(level) || 2));
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
  /** Focusable by script (focusHeading()) without being a stop in the Tab order. */
  focusable?: boolean;
}

export function renderHeading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = TAGS[clampHeadingLevel(level) - 1] ?? literal`h2`;
  const { id, part, className, focusable } = options;
  return staticHtml`<${tag}
    id=${ifDefined(id)}
    part=${ifDefined(part)}
    class=${ifDefined(className)}
    tabindex=${ifDefined(focusable ? '-1' : undefined)}
    >${content}</${tag}
  >`;
}
