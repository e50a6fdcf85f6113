// A small typed event hub for providers. Node's EventEmitter is not in browsers and EventTarget
// would force CustomEvent wrappers on every listener, so providers expose `on(type, fn) → off`.

export type Unsubscribe = () => void;

export class TypedEvents<Events extends object> {
  // One entry object per subscription, so the same function subscribed twice is removed one at a time.
  #listeners = new Map<keyof Events, Set<{ listener: (event: never) => void }>>();

  on<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): Unsubscribe {
    const entry = { listener: listener as (event: never) => void };
    let set = this.#listeners.get(type);
    if (!set) this.#listeners.set(type, (set = new Set()));
    set.add(entry);
    return () => void set.delete(entry);
  }

  /**
   * Calls the listeners subscribed when the event happened, in subscription order. A throwing
   * listener is reported and the rest still run: one broken UI widget must not stop card tracking.
   */
  emit<K extends keyof Events>(type: K, event: Events[K]): void {
    for (const { listener } of [...(this.#listeners.get(type) ?? [])]) {
      try {
        (listener as (event: Events[K]) => void)(event);
      } catch (error) {
        report(error);
      }
    }
  }

  clear(): void {
    this.#listeners.clear();
  }
}

function report(error: unknown): void {
  const scope = globalThis as { reportError?: (error: unknown) => void };
  if (typeof scope.reportError === 'function') scope.reportError(error);
  else console.error(error);
}
