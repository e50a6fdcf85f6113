// The test server as a child process driven over Node IPC, for test runners that cannot load
// TypeScript or SoftHSM themselves (web-test-runner's server command plugin, scripts/wtr-fortify.mjs).
// Messages in: { id, command, args }; out: { id, result } or { id, error }.
import { provisionSoftHsm } from '@gepi/pkcs11';
import type { SoftHsmProvision } from '@gepi/pkcs11';
import { issueDemoPki } from '@gepi/sdk/testing';
import { FortifyTestServer } from './server.js';

type PinMode = 'right' | 'wrong' | 'cancel' | 'hold';
type PairingMode = 'approve' | 'refuse' | 'hold';

let provision: SoftHsmProvision | undefined;
let server: FortifyTestServer | undefined;
let pinMode: PinMode = 'right';
let pairingMode: PairingMode = 'approve';
const pending: ((answer: boolean) => void)[] = [];
const pinsAsked: string[] = [];
const codes: string[] = [];

function live(): FortifyTestServer {
  if (!server) throw new Error('fortify test server: not started');
  return server;
}

let starting: Promise<unknown> | undefined;

async function start(options: { cards: string[]; inserted?: string[] }): Promise<void> {
  const pki = await issueDemoPki();
  provision = await provisionSoftHsm({ cards: options.cards, pki });
  server = await FortifyTestServer.start({
    tokens: provision,
    ...(options.inserted ? { inserted: options.inserted } : {}),
    onPairing: ({ code }) => {
      codes.push(code);
      if (pairingMode === 'approve') return true;
      if (pairingMode === 'refuse') return false;
      return new Promise<boolean>((resolve) => pending.push(resolve));
    },
    onPin: ({ cardId }) => {
      pinsAsked.push(cardId);
      if (pinMode === 'right') return live().pinOf(cardId);
      if (pinMode === 'wrong') return '000000';
      if (pinMode === 'cancel') return null;
      return new Promise<string | null>(() => {});
    },
  });
}

const commands: Record<string, (...args: never[]) => unknown> = {
  /**
   * Starts provisioning and the server, answering at once (a runner's command channel may allow
   * less time than provisioning takes); poll `address` until it is not empty.
   */
  start(options: { cards: string[]; inserted?: string[] }) {
    starting ??= start(options);
    starting.catch(() => undefined);
    return { started: true };
  },
  /** The server's address once it listens (waits up to 10 s), '' before; rejects if the start failed. */
  async address() {
    if (!starting) throw new Error('fortify test server: call start first');
    await Promise.race([starting, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    return server ? server.address : '';
  },
  pin(mode: PinMode) {
    pinMode = mode;
  },
  pairing(mode: PairingMode) {
    pairingMode = mode;
  },
  /** Answers the approval windows left open by `pairing('hold')`. */
  answerPairing(approve: boolean) {
    for (const resolve of pending.splice(0)) resolve(approve);
  },
  seen() {
    return { pinsAsked: [...pinsAsked], codes: [...codes] };
  },
  insert: (cardId: string) => live().insert(cardId),
  remove: (cardId: string) => live().remove(cardId),
  forgetApprovals: () => live().forgetApprovals(),
  stop: () => live().stop(),
  restart: () => live().restart(),
  async close() {
    await server?.close();
    await provision?.cleanup();
    server = undefined;
    provision = undefined;
    // Another test file may start one again (the runner keeps this process for all of them).
    starting = undefined;
    pinMode = 'right';
    pairingMode = 'approve';
  },
};

process.on('message', (message: { id: number; command: string; args: unknown[] }) => {
  void (async () => {
    try {
      const handler = commands[message.command];
      if (!handler) throw new Error(`unknown command ${message.command}`);
      const result = await (handler as (...args: unknown[]) => unknown)(...(message.args ?? []));
      process.send?.({ id: message.id, result: result ?? null });
    } catch (error) {
      process.send?.({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
process.on('disconnect', () => {
  void (async () => {
    await server?.close();
    await provision?.cleanup();
    process.exit(0);
  })();
});
process.send?.({ ready: true });
