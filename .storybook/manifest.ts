// Storybook args and docs from custom-elements.json. The web-components framework has its own
// reader, but it keys attributes and properties alike (so `tries-left` and `triesLeft` become two
// controls, and the attribute one sets a property that does not exist), lists private members, and
// gives events no handler. This one builds, per element:
//   properties   the public instance fields: controls where a value can be typed, args set them
//   attributes   documented, no control (the property of the same meaning has it)
//   events       an action each, wired by stories/support/spread.ts as a listener
//   slots, CSS shadow parts   documented
//   CSS custom properties     a text control each; spread.ts sets them on the element
import type { ArgTypes, InputType } from 'storybook/internal/types';

// The subset of the custom-elements manifest schema (https://github.com/webcomponents/custom-elements-manifest)
// read here, typed locally rather than through the schema package the analyzer happens to install.
interface Described {
  name: string;
  description?: string;
  summary?: string;
}
interface Typed extends Described {
  type?: { text: string };
  default?: string;
}
export interface ManifestField extends Typed {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
export interface ManifestAttribute extends Typed {
  fieldName?: string;
}
export interface ManifestDeclaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  members?: ManifestField[];
  attributes?: ManifestAttribute[];
  events?: Typed[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: (Described & { default?: string; syntax?: string })[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ManifestDeclaration[] }[];
}

let manifest: Manifest | undefined;

export function useManifest(value: Manifest): void {
  manifest = value;
}

export function declarationOf(tagName: string): ManifestDeclaration | undefined {
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tagName) return declaration;
    }
  }
  return undefined;
}

/** Every custom element the manifest describes. */
export function elementDeclarations(): ManifestDeclaration[] {
  return (manifest?.modules ?? []).flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));
}

/** `gepi-card-submit` → `onGepiCardSubmit`, the arg that carries its action. */
export function eventArgName(event: string): string {
  return `on${event.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase())}`;
}

// `'org' | 'citizen'` (optionally `| undefined`) → the options of a select control.
function literalOptions(type: string): string[] | undefined {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.length < 2 || !parts.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

// Object form: argTypes from a docs extractor are not normalised the way a story's own are, and
// the shorthand (`control: 'text'`) would show no control at all.
function controlFor(field: ManifestField): InputType['control'] {
  if (field.readonly) return false;
  const type = (field.type?.text ?? '').replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  if (type === 'boolean') return { type: 'boolean' };
  if (type === 'number') return { type: 'number' };
  if (type === 'string') return { type: 'text' };
  if (literalOptions(field.type?.text ?? '')) return { type: 'select' };
  // Functions and class instances (clock, client, token provider) cannot be typed in a control.
  if (/^(Clock|GepiClient\w*|TokenProvider\w*|VirtualTokenProvider)$/.test(type) || type.includes('=>'))
    return false;
  return { type: 'object' };
}

function describe(item: Described): string {
  return [item.summary, item.description].filter(Boolean).join('\n\n');
}

/** The argTypes of one element; Storybook calls it with the meta's `component` (the tag name). */
export function argTypesOf(tagName: string): ArgTypes {
  const d = declarationOf(tagName);
  if (!d) return {};
  const argTypes: ArgTypes = {};
  for (const field of d.members ?? []) {
    if (field.kind !== 'field' || field.static || (field.privacy && field.privacy !== 'public')) continue;
    const options = literalOptions(field.type?.text ?? '');
    argTypes[field.name] = {
      name: field.name,
      description: describe(field) + (field.attribute ? `\n\nAttribute: \`${field.attribute}\`.` : ''),
      control: controlFor(field),
      ...(options ? { options } : {}),
      table: {
        category: field.readonly ? 'properties (read-only)' : 'properties',
        type: { summary: field.type?.text ?? '' },
        ...(field.default !== undefined ? { defaultValue: { summary: field.default } } : {}),
      },
    };
  }
  for (const attribute of d.attributes ?? []) {
    argTypes[`attribute:${attribute.name}`] = {
      name: attribute.name,
      description:
        describe(attribute) + (attribute.fieldName ? `\n\nProperty: \`${attribute.fieldName}\`.` : ''),
      control: false,
      table: {
        category: 'attributes',
        type: { summary: attribute.type?.text ?? 'string' },
        ...(attribute.default !== undefined ? { defaultValue: { summary: attribute.default } } : {}),
      },
    };
  }
  for (const event of d.events ?? []) {
    argTypes[eventArgName(event.name)] = {
      name: event.name,
      description: describe(event),
      action: event.name,
      control: false,
      table: { category: 'events', type: { summary: event.type?.text ?? 'CustomEvent' } },
    };
  }
  for (const slot of d.slots ?? []) {
    const name = slot.name || '(default)';
    argTypes[`slot:${name}`] = {
      name,
      description: describe(slot),
      control: false,
      table: { category: 'slots' },
    };
  }
  for (const property of d.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: describe(property),
      control: { type: 'text' },
      table: {
        category: 'CSS custom properties',
        ...(property.default !== undefined ? { defaultValue: { summary: property.default } } : {}),
      },
    };
  }
  for (const part of d.cssParts ?? []) {
    argTypes[`part:${part.name}`] = {
      name: part.name,
      description: describe(part),
      control: false,
      table: { category: 'CSS shadow parts' },
    };
  }
  return argTypes;
}

/** The element's summary and description, for the top of its docs page. */
export function descriptionOf(tagName: string): string | undefined {
  const d = declarationOf(tagName);
  if (!d) return undefined;
  return [d.summary && `**${d.summary}**`, d.description].filter(Boolean).join('\n\n');
}
