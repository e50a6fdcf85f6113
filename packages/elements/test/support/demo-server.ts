// Starting and stopping the demo servers of the end-to-end tests (demo-portal*.e2e.test.ts): `npm
// start` (scripts/start.mjs) and the Fortify test server, each in its own process group on a free
// port, and Debian's Chromium for Playwright.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const READY_LINE = /GEPI demo portal: (http:\/\/localhost:\d+\/)/;
// A new database (each test makes one) issues the demo PKI, an RSA key per card: ~15–20 s on two cores.
export const START_TIMEOUT_MS = 60_000;

export interface ChromiumSetup {
  chromiumPath(): string;
  chromiumAvailable(): boolean;
  chromiumArgs: string[];
}
// A plain-JavaScript module shared with web-test-runner's config: typed here by hand.
export const chromiumSetup = (await import(join(ROOT, 'scripts/chromium.mjs'))) as ChromiumSetup;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts a child in its own process group and waits for `ready` in its output. */
export function startChild(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  append: (text: string) => string,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(`${args.join(' ')} printed no ready line in ${START_TIMEOUT_MS} ms:\n${append('')}`),
        ),
      START_TIMEOUT_MS,
    );
    const read = (chunk: Buffer) => {
      const all = append(chunk.toString());
      const match = ready.exec(all);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited (${code}) before it was ready:\n${append('')}`));
    });
  });
}

export async function stopGroup(child: ChildProcess | undefined, name: string): Promise<void> {
  const pid = child?.pid;
  if (!child || pid === undefined || !groupAlive(pid)) return;
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(undefined);
    else child.once('exit', resolve);
  });
  process.kill(-pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  for (let i = 0; i < 100 && groupAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  const leaked = groupAlive(pid);
  if (leaked) process.kill(-pid, 'SIGKILL');
  assert.equal(leaked, false, `processes of ${name} were still running after SIGTERM`);
}
