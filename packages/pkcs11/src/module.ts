// One loaded PKCS#11 module per library path per process, shared by every provider that uses it.
// A module can be initialised only once per process (C_Initialize answers ALREADY_INITIALIZED the
// second time, and the login state is per process and token anyway), and some modules read their
// configuration from the environment only inside C_Initialize (SoftHSM2's SOFTHSM2_CONF): the
// environment a provider asks for must be in place before that, and cannot change while loaded.
import { resolve } from 'node:path';
import graphene from 'graphene-pk11';
import pkcs11js from 'pkcs11js';
import { TokenError } from '@gepi/sdk';
import { pkcs11ReturnValue } from './errors.js';

export type Pkcs11Module = graphene.Module;

/** A provider's hold on a loaded module; the last release finalises and unloads it. */
export interface Pkcs11ModuleLease {
  readonly module: Pkcs11Module;
  readonly library: string;
  /** Idempotent. */
  release(): void;
}

interface Loaded {
  module: Pkcs11Module;
  /** The environment variables the module was initialised under (those any user asked for). */
  env: Map<string, string | undefined>;
  users: number;
  /** False when someone else in this process initialised it: then they finalise it, not us. */
  ownsInitialize: boolean;
}

const loaded = new Map<string, Loaded>();

/** Thrown (as a plain Error: it is a setup mistake, not a card condition) when environments clash. */
function envConflict(library: string, name: string, current: string | undefined, wanted: string): Error {
  return new Error(
    `The PKCS#11 module ${library} is already initialised in this process with ${name}=` +
      `${current ?? '(unset)'}; it reads ${name} only when it is initialised, so ${name}=${wanted} ` +
      'cannot take effect. Close every provider using the module first, or use one process per configuration.',
  );
}

/**
 * Loads and initialises `library` (or joins the providers already using it), after putting `env`
 * into `process.env`.
 * @throws Error when the module is already initialised under a different value of a variable in
 *   `env`; TokenError PROVIDER_UNAVAILABLE when the library cannot be loaded or initialised.
 */
export function acquirePkcs11Module(
  library: string,
  env: Readonly<Record<string, string>> = {},
): Pkcs11ModuleLease {
  // A bare file name is left to the dynamic loader's search path; a path is made absolute so that
  // `./lib.so` and its absolute spelling share one module.
  const path = /[\\/]/.test(library) ? resolve(library) : library;
  let entry = loaded.get(path);
  if (entry) {
    for (const [name, wanted] of Object.entries(env)) {
      const current = entry.env.has(name) ? entry.env.get(name) : process.env[name];
      if (current !== wanted) throw envConflict(path, name, current, wanted);
      entry.env.set(name, wanted);
    }
  } else {
    entry = load(path, env);
    loaded.set(path, entry);
  }
  entry.users++;
  const held = entry;
  let released = false;
  return {
    module: held.module,
    library: path,
    release() {
      if (released) return;
      released = true;
      held.users--;
      if (held.users > 0) return;
      loaded.delete(path);
      try {
        if (held.ownsInitialize) held.module.lib.C_Finalize();
      } finally {
        held.module.close();
      }
    },
  };
}

function load(path: string, env: Readonly<Record<string, string>>): Loaded {
  const previous = new Map(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  let module: Pkcs11Module;
  try {
    module = graphene.Module.load(path);
  } catch (error) {
    restore(previous);
    throw new TokenError('PROVIDER_UNAVAILABLE', {
      details: { reason: 'module-load-failed', library: path },
      cause: error,
    });
  }
  let ownsInitialize = true;
  try {
    // OS locking: signatures run on libuv's worker threads (C_Sign with a callback).
    module.lib.C_Initialize({ flags: pkcs11js.CKF_OS_LOCKING_OK });
  } catch (error) {
    if (pkcs11ReturnValue(error)?.name !== 'CKR_CRYPTOKI_ALREADY_INITIALIZED') {
      module.close();
      restore(previous);
      throw new TokenError('PROVIDER_UNAVAILABLE', {
        details: { reason: 'module-initialize-failed', library: path },
        cause: error,
      });
    }
    // Initialised by other code in this process (node-webcrypto-p11, say), under the environment
    // that was in place before ours.
    ownsInitialize = false;
    for (const [name, wanted] of Object.entries(env)) {
      const before = previous.get(name);
      if (before !== wanted) {
        module.close();
        restore(previous);
        throw envConflict(path, name, before, wanted);
      }
    }
  }
  return { module, env: new Map(Object.entries(env)), users: 0, ownsInitialize };
}

function restore(previous: Map<string, string | undefined>): void {
  for (const [name, value] of previous) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}
