// Registers a custom element without ever throwing because the tag is taken. Hosts that embed two
// bundles of this package (micro-frontends, a portal plus a widget) would otherwise break on load.

/** A constructor that may carry the package version, as every element of this package does. */
export type VersionedConstructor = CustomElementConstructor & { readonly version?: string };

export interface DefineOptions {
  /**
   * The registry to define in; a host using scoped custom element registries passes its own.
   * Defaults to the global `customElements`.
   */
  registry?: CustomElementRegistry;
}

// One warning per registry and tag is enough to point a developer at the duplicate bundle;
// repeating it on every define call would only bury it.
const warned = new WeakMap<CustomElementRegistry, Set<string>>();

function warnOnce(registry: CustomElementRegistry, tagName: string, message: string): void {
  let tags = warned.get(registry);
  if (!tags) {
    tags = new Set();
    warned.set(registry, tags);
  }
  if (tags.has(tagName)) return;
  tags.add(tagName);
  console.warn(message);
}

/**
 * Defines `tagName` as `ctor` in `registry` (default: the global one) and returns the constructor
 * registered under that tag afterwards.
 *
 * - Tag free: defines it.
 * - Tag held by the same class: does nothing.
 * - Tag held by another class (another copy of this package, or the host's own element): keeps the
 *   existing definition, and warns once when the versions differ or cannot be compared. Two copies of
 *   the same version behave identically, so they are left alone silently.
 * - `ctor` already registered in this registry under another tag: registers a trivial subclass, since
 *   a registry accepts each constructor only once.
 */
export function defineElement(
  tagName: string,
  ctor: VersionedConstructor,
  options: DefineOptions = {},
): CustomElementConstructor {
  const registry = options.registry ?? customElements;
  const existing = registry.get(tagName) as VersionedConstructor | undefined;

  if (existing === ctor) return existing;

  if (existing) {
    const theirs = existing.version;
    const ours = ctor.version;
    if (theirs === undefined || ours === undefined || theirs !== ours) {
      warnOnce(
        registry,
        tagName,
        `<${tagName}> is already defined by another class (version ${theirs ?? 'unknown'}); ` +
          `this copy (version ${ours ?? 'unknown'}) was not registered. ` +
          `Check for two bundles of @gepi/elements on the page.`,
      );
    }
    return existing;
  }

  registry.define(tagName, isRegisteredElsewhere(registry, ctor) ? class extends ctor {} : ctor);
  return registry.get(tagName) as CustomElementConstructor;
}

function isRegisteredElsewhere(registry: CustomElementRegistry, ctor: CustomElementConstructor): boolean {
  // getName() is recent (Chromium 117, Firefox 116, Safari 17); without it the define call itself
  // would throw NotSupportedError, which only happens when a host registers one class twice.
  const getName = (registry as { getName?: (c: CustomElementConstructor) => string | null }).getName;
  return typeof getName === 'function' && getName.call(registry, ctor) !== null;
}
