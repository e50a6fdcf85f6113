// `npm run fortify:test-server`: provisions the cards, serves them, prints the cards with their PINs,
// answers the well-known request, takes `remove`/`insert`/`quit` on stdin.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { it } from 'node:test';

process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
process.removeAllListeners('warning');

it('prints the cards and their PINs, serves the protocol, and obeys its commands', async () => {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'src/cli.ts', '--port', '0', '--cards', 'CIT-LIN'],
    { cwd: new URL('..', import.meta.url), stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let output = '';
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = output.match(pattern);
        if (match) {
          child.stdout.off('data', check);
          resolve(match);
        }
      };
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        check();
      });
      child.once('exit', () => reject(new Error(`exited:\n${output}`)));
      check();
    });
  try {
    const [, address] = await waitFor(/https:\/\/(127\.0\.0\.1:\d+)\n/);
    await waitFor(/Commands:/);
    assert.match(output, /CIT-LIN\s+yes\s+123456\s+自然人憑證 林美惠/);
    const wellKnown = (await (await fetch(`https://${address}/.well-known/webcrypto-socket`)).json()) as {
      name: string;
      version: string;
      preKey: string;
    };
    assert.equal(wellKnown.name, 'webcrypto-socket');
    assert.ok(Number(wellKnown.version.split('.')[1]) >= 2);
    assert.ok(wellKnown.preKey.length > 100);
    child.stdin.write('remove CIT-LIN\ncards\n');
    await waitFor(/CIT-LIN\s+no\s+123456/);
    child.stdin.write('quit\n');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 0);
  } finally {
    child.kill();
  }
});
