// web-test-runner plugin for the Fortify tests in Chromium:
// - serves the real @webcrypto-local/client as the browser gets it (ESM entry, `ws` → WebSocket,
//   `events` from npm; scripts/fortify-esbuild.mjs), bundled by esbuild on first request;
// - `executeServerCommand('fortify', { command, args })` drives the Fortify-protocol test server
//   (packages/fortify-test-server/src/control.ts), started in a child process on first use.
import { fork } from 'node:child_process';
import * as esbuild from 'esbuild';
import { fortifyClientPlugin, FORTIFY_CLIENT_ESM } from './fortify-esbuild.mjs';

const CLIENT_PATH = '/__gepi/fortify-client.js';

export function fortifyPlugin() {
  let bundled;
  let child;
  let nextId = 1;
  const waiting = new Map();
  const spawnServer = () =>
    new Promise((resolve, reject) => {
      const proc = fork('packages/fortify-test-server/src/control.ts', [], {
        execArgv: ['--conditions=source', '--import', 'tsx', '--no-warnings'],
        env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      proc.on('message', (message) => {
        if (message.ready) return resolve(proc);
        const entry = waiting.get(message.id);
        if (!entry) return;
        waiting.delete(message.id);
        if (message.error) entry.reject(new Error(message.error));
        // web-test-runner takes null/undefined as "command not handled".
        else entry.resolve(message.result ?? true);
      });
      proc.once('exit', (code) => {
        for (const entry of waiting.values()) entry.reject(new Error(`fortify test server exited (${code})`));
        waiting.clear();
        child = undefined;
        reject(new Error(`fortify test server exited (${code})`));
      });
    });
  return {
    name: 'gepi-fortify',
    resolveImport({ source }) {
      if (source === '@webcrypto-local/client') return CLIENT_PATH;
    },
    async serve(context) {
      if (context.path !== CLIENT_PATH) return;
      bundled ??= esbuild
        .build({
          entryPoints: [FORTIFY_CLIENT_ESM],
          bundle: true,
          write: false,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          plugins: [fortifyClientPlugin()],
          logLevel: 'error',
        })
        .then((result) => result.outputFiles[0].text);
      return { body: await bundled, type: 'js' };
    },
    async executeCommand({ command, payload }) {
      if (command !== 'fortify') return undefined;
      child ??= spawnServer();
      const proc = await child;
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        proc.send({ id, command: payload.command, args: payload.args ?? [] });
      });
    },
    async serverStop() {
      if (!child) return;
      const proc = await child.catch(() => undefined);
      proc?.disconnect();
    },
  };
}
