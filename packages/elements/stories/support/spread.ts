// `${spread(args)}` in an element's tag: what Storybook's args mean for a custom element. Properties
// are set (not attributes: most of the elements' inputs are objects), `on…` actions become
// listeners for the element's `gepi-…` events, and `--gepi-…` args become inline custom
// properties. Args for attributes, slots and parts (documentation rows, see .storybook/manifest.ts)
// carry no values and are skipped.
import { noChange } from 'lit';
import type { ElementPart } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';

type Listener = (event: Event) => void;

/** `onGepiCardSubmit` → `gepi-card-submit` (the elements' events are lower-case kebab names). */
function eventName(arg: string): string | undefined {
  if (!/^on[A-Z]/.test(arg)) return undefined;
  return arg.slice(2).replace(/[A-Z]/g, (c, i: number) => `${i === 0 ? '' : '-'}${c.toLowerCase()}`);
}

class SpreadDirective extends Directive {
  private listeners = new Map<string, Listener>();
  private styles = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('spread() belongs in an element tag');
  }

  override render(_args: Readonly<Record<string, unknown>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [args]: [Readonly<Record<string, unknown>>]): unknown {
    const element = part.element as HTMLElement & Record<string, unknown>;
    const seenListeners = new Set<string>();
    const seenStyles = new Set<string>();
    for (const [key, value] of Object.entries(args)) {
      if (key.includes(':')) continue;
      const event = eventName(key);
      if (event !== undefined) {
        if (typeof value !== 'function') continue;
        seenListeners.add(event);
        const previous = this.listeners.get(event);
        if (previous !== value) {
          if (previous) element.removeEventListener(event, previous);
          element.addEventListener(event, value as Listener);
          this.listeners.set(event, value as Listener);
        }
      } else if (key.startsWith('--')) {
        if (value === undefined || value === '') continue;
        seenStyles.add(key);
        element.style.setProperty(key, String(value));
      } else if (element[key] !== value) {
        element[key] = value;
      }
    }
    for (const [event, listener] of this.listeners) {
      if (seenListeners.has(event)) continue;
      element.removeEventListener(event, listener);
      this.listeners.delete(event);
    }
    for (const name of this.styles) if (!seenStyles.has(name)) element.style.removeProperty(name);
    this.styles = seenStyles;
    return noChange;
  }
}

/** Sets a story's args on the element it is placed in; see the file header. */
export const spread = directive(SpreadDirective);
