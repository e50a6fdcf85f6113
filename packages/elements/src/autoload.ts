// @gepi/elements/autoload: every GEPI element on the page, for the price of a table. Importing this
// module defines no tag up front; it watches the document and, the first time a `gepi-*` tag it
// knows appears there undefined, imports that element's define file (a chunk of its own in any
// bundler that splits on `import()`). A page with only <gepi-query> never downloads the
// authorization editor; a page with <gepi-portal> gets each function's code when it is opened.
//
// What a host should know:
// - Until its chunk arrives an element is an undefined custom element: properties set on it are
//   kept (Lit applies them on upgrade), but its methods do not exist yet. Await
//   `customElements.whenDefined(tag)` or `loadElement(tag)` before calling one.
// - Only the document is watched. Tags inside a host's own shadow roots are found by calling
//   `observe(shadowRoot)` once per root, or loaded up front with `loadElement()`.
// - Elements that render other GEPI elements import those themselves, so one chunk per tag the
//   host writes is all it ever waits for.

import { loadDefinition } from './internal/load-once.js';

/** Imports the define file of one element. */
export type ElementLoader = () => Promise<unknown>;

/** The tag of a GEPI element. */
export type GepiTagName =
  | 'gepi-applicant-form'
  | 'gepi-authorization'
  | 'gepi-ca-contacts'
  | 'gepi-card-confirm'
  | 'gepi-cert-info'
  | 'gepi-cert-swap'
  | 'gepi-confirm-dialog'
  | 'gepi-contact-form'
  | 'gepi-first-registration'
  | 'gepi-handler-editor'
  | 'gepi-handler-list'
  | 'gepi-message'
  | 'gepi-pager'
  | 'gepi-permission-tree'
  | 'gepi-portal'
  | 'gepi-provider'
  | 'gepi-query'
  | 'gepi-query-result'
  | 'gepi-receipt-table'
  | 'gepi-terms'
  | 'gepi-virtual-reader';

/** Every element of the package and where its define file is, as bundlers need to see it (literal paths). */
export const ELEMENT_LOADERS: Readonly<Record<GepiTagName, ElementLoader>> = {
  'gepi-applicant-form': () => import('./components/applicant-form/gepi-applicant-form.js'),
  'gepi-authorization': () => import('./components/authorization/gepi-authorization.js'),
  'gepi-ca-contacts': () => import('./components/ca-contacts/gepi-ca-contacts.js'),
  'gepi-card-confirm': () => import('./components/card-confirm/gepi-card-confirm.js'),
  'gepi-cert-info': () => import('./components/cert-info/gepi-cert-info.js'),
  'gepi-cert-swap': () => import('./components/cert-swap/gepi-cert-swap.js'),
  'gepi-confirm-dialog': () => import('./components/confirm-dialog/gepi-confirm-dialog.js'),
  'gepi-contact-form': () => import('./components/contact-form/gepi-contact-form.js'),
  'gepi-first-registration': () => import('./components/first-registration/gepi-first-registration.js'),
  'gepi-handler-editor': () => import('./components/handler-editor/gepi-handler-editor.js'),
  'gepi-handler-list': () => import('./components/handler-list/gepi-handler-list.js'),
  'gepi-message': () => import('./components/message/gepi-message.js'),
  'gepi-pager': () => import('./components/pager/gepi-pager.js'),
  'gepi-permission-tree': () => import('./components/permission-tree/gepi-permission-tree.js'),
  'gepi-portal': () => import('./components/portal/gepi-portal.js'),
  'gepi-provider': () => import('./components/provider/gepi-provider.js'),
  'gepi-query': () => import('./components/query/gepi-query.js'),
  'gepi-query-result': () => import('./components/query-result/gepi-query-result.js'),
  'gepi-receipt-table': () => import('./components/receipt-table/gepi-receipt-table.js'),
  'gepi-terms': () => import('./components/terms/gepi-terms.js'),
  'gepi-virtual-reader': () => import('./components/virtual-reader/gepi-virtual-reader.js'),
};

export function isGepiTagName(name: string): name is GepiTagName {
  return Object.hasOwn(ELEMENT_LOADERS, name);
}

/**
 * Loads (once) and registers the element `tag`, resolving when it is defined. Rejects with the
 * bundler's error when its chunk cannot be fetched (the next sighting of the tag tries again), and
 * with a TypeError for a tag that is not ours.
 */
export function loadElement(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  if (!isGepiTagName(name))
    return Promise.reject(new TypeError(`<${name}> is not an element of @gepi/elements`));
  return loadDefinition(name, ELEMENT_LOADERS[name]);
}

/** The undefined GEPI tags in `root` (the root itself included when it is an element). */
function undefinedTags(root: ParentNode): Set<GepiTagName> {
  const tags = new Set<GepiTagName>();
  if (root instanceof Element && isGepiTagName(root.localName) && !customElements.get(root.localName)) {
    tags.add(root.localName);
  }
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (isGepiTagName(element.localName)) tags.add(element.localName);
  }
  return tags;
}

/** Loads every GEPI element that is in `root` and not yet defined; resolves when all are. */
export async function discover(root: ParentNode): Promise<void> {
  await Promise.all([...undefinedTags(root)].map(loadElement));
}

function report(error: unknown): void {
  // Nothing awaits a load started by the observer, so the console is where a failure can be seen.
  console.error('@gepi/elements/autoload: an element could not be loaded.', error);
}

/**
 * Loads the GEPI elements in `root` now and whenever they are added to it later. Returns a function
 * that stops watching. The document is watched from import; call this for shadow roots.
 */
export function observe(root: Document | DocumentFragment | Element): () => void {
  discover(root).catch(report);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) discover(node).catch(report);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}

if (typeof document !== 'undefined') observe(document);
