// Fetching lazy chunks the way every part of this package does: each thing once per page, shared by
// all callers, and a failed fetch forgotten so that the next call tries again (a chunk lost to a
// flaky connection is not lost for the life of the page). Used for the English catalog, the
// autoloader's define files and the portal's functions.

/** `load`, called at most once per key at a time; a rejected result is dropped from the cache. */
export function loadOnce<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const cache = new Map<K, Promise<T>>();
  return (key) => {
    let pending = cache.get(key);
    if (!pending) {
      const attempt = load(key);
      pending = attempt;
      cache.set(key, attempt);
      // Also marks the promise handled for callers that stopped waiting.
      attempt.catch(() => {
        if (cache.get(key) === attempt) cache.delete(key);
      });
    }
    return pending;
  };
}

const runLoader = loadOnce((loader: () => Promise<unknown>) => loader());

/**
 * Runs `loader` (a define file's `import()`, once) and checks that it defined `tag`: a loader that
 * resolves without defining it is an error, not a wait that never ends.
 */
export async function loadDefinition(tag: string, loader: () => Promise<unknown>): Promise<void> {
  await runLoader(loader);
  if (!customElements.get(tag)) throw new Error(`the loader of <${tag}> did not define it`);
}
