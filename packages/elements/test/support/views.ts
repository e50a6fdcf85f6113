// Helpers for the view tests: find controls the way a person does (by label text), read text as
// it is shown (without aria-hidden decoration), and reach parts inside a shadow root.
export const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text of a node without its aria-hidden descendants (the required asterisk). */
export function visibleText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return clean(copy.textContent);
}

/** The control whose <label> reads exactly `text`, in `host`'s shadow root. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(host: Element, text: string): T {
  const root = host.shadowRoot!;
  const label = [...root.querySelectorAll('label')].find((l) => visibleText(l) === text);
  if (!label) {
    const labels = [...root.querySelectorAll('label')].map(visibleText);
    throw new Error(`no label "${text}" among ${JSON.stringify(labels)}`);
  }
  const control = root.getElementById(label.htmlFor);
  if (!control) throw new Error(`label "${text}" points at no control`);
  return control as T;
}

/** Whether some label reads `text`. */
export function hasLabel(host: Element, text: string): boolean {
  return [...host.shadowRoot!.querySelectorAll('label')].some((l) => visibleText(l) === text);
}

export const part = <T extends HTMLElement = HTMLElement>(host: Element, name: string): T =>
  host.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;

export const parts = (host: Element, name: string): HTMLElement[] => [
  ...host.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** The error summary's items: their text and the field id each links to (undefined when unlinked). */
export function summaryItems(host: Element): { text: string; href: string | undefined }[] {
  const summary = part(host, 'error-summary');
  if (!summary) return [];
  return [...summary.querySelectorAll('li')].map((li) => ({
    text: clean(li.textContent),
    href: li.querySelector('a')?.getAttribute('href') ?? undefined,
  }));
}

/** The text of the element an input's aria-describedby names, joined. */
export function description(host: Element, input: Element): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => clean(host.shadowRoot!.getElementById(id)?.textContent)).join(' ');
}

/** Types into an input as the person would, firing the input event the form listens to. */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export const activeIn = (host: Element): Element | null => host.shadowRoot!.activeElement;
