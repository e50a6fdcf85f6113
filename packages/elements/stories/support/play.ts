// Helpers for play functions: the elements render into shadow roots, often nested (a flow element
// holds views that hold forms), and Testing Library queries stop at a shadow boundary.
import { configure, waitFor, within } from 'storybook/test';

// A failed query describes its container with prettyDOM, which throws on a ShadowRoot (it has no
// outerHTML) and so hides the real message; keep the message alone.
configure({
  getElementError: (message) => {
    const error = new Error(message ?? 'element not found');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

/** The first element matching `selector` anywhere under `root`, through every shadow root. */
export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  const found = root.querySelector<T>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    const inner = deepQuery<T>(element.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

/** Waits for an element matching `selector` under `root` (through shadow roots). */
export async function findDeep<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  timeout = 10_000,
): Promise<T> {
  return waitFor(
    () => {
      const found = deepQuery<T>(root, selector);
      if (!found) throw new Error(`no ${selector} yet`);
      return found;
    },
    { timeout },
  );
}

/**
 * Testing Library queries inside an element's shadow root. Use `get…`/`query…` inside `waitFor`:
 * the `find…` queries refuse a ShadowRoot as their container.
 */
export function shadow(host: Element | null | undefined): ReturnType<typeof within> {
  if (!host?.shadowRoot) throw new Error(`<${host?.localName ?? 'nothing'}> has no shadow root`);
  return within(host.shadowRoot as unknown as HTMLElement);
}

/** Waits until the host's view with this tag is on screen, then queries inside it. */
export async function view(
  root: ParentNode,
  tag: string,
  timeout?: number,
): Promise<ReturnType<typeof within>> {
  const host = await findDeep(root, tag, timeout);
  await (host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return shadow(host);
}
