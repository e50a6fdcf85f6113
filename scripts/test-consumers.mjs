// The packages as their users get them: packs the four public packages (scripts/pack.mjs; run
// `npm run build` first, as `npm run test:consumers` does), installs the tarballs into fresh projects
// in the OS temp directory, outside this workspace, and uses them the way a bank portal team or an
// HR-system vendor would. The projects are copied from scripts/consumers/:
//
//   node    @gepi/sdk + @gepi/pkcs11 + @gepi/mock-server. `npx gepi-mock-server` (plain node) is
//           the API for every app below; `npx gepi-provision-softhsm --server` puts one of its
//           cards on SoftHSM2; assignment.mjs signs in to 授權指派 through PKCS#11 on SoftHSM2 tokens.
//   web     a plain HTML page + Vite (vite build): @gepi/elements/autoload.js, <gepi-portal>,
//           the virtual card reader; 首次註冊 of 10001 completed in Chromium. Its production
//           dependency tree (`npm ls --omit=dev`) must hold no native addon and no install script.
//   react   React 19 + TypeScript: `tsc` clean with @gepi/elements/react's JSX types (skipLibCheck
//           off), `vite build`, then <gepi-authorization> signed in with both cards in Chromium,
//           its gepi-step-change events seen by a React prop.
//   types   tsc over every public entry with moduleResolution bundler and node16 (skipLibCheck
//           off), then publint and are-the-types-wrong (esm-only profile) on each tarball.
//
// Every install must print no EBADENGINE warning (the packages promise Node ≥ 20.19). Third-party
// packages come from the npm cache when they are there (--prefer-offline). Options: --keep (leave
// the temp directory for a look), --only web,types (a subset; the apps' Chromium flows and the node
// script need the node project, which runs the API).
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumAvailable, chromiumPath } from './chromium.mjs';
import { PUBLIC_PACKAGES, packPackage } from './pack.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'scripts', 'consumers');
const PIN = '123456';
const STEP_TIMEOUT_MS = 15_000;
const run = promisify(execFile);

const { values: options } = parseArgs({
  options: { keep: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const only = options.only ? new Set(options.only.split(',')) : undefined;
const wanted = (name) => !only || only.has(name);

const started = Date.now();
function log(message) {
  console.log(`[consumers ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}

const results = [];
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - t0 });
    log(`ok   ${name}`);
  } catch (error) {
    results.push({ name, ok: false, ms: Date.now() - t0, error });
    log(`FAIL ${name}\n${error?.stack ?? error}`);
  }
}

/**
 * Runs a command in a consumer project; resolves with its output (stdout and stderr, or stdout
 * alone with `{ stdoutOnly: true }`), rejects with all of it.
 */
async function sh(cwd, command, args, env = {}, { stdoutOnly = false } = {}) {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdoutOnly ? stdout : `${stdout}${stderr}`;
  } catch (error) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`,
      {
        cause: error,
      },
    );
  }
}

/** `npm install` in a project; fails on any engine warning. */
async function install(dir, extra = []) {
  const output = await sh(dir, 'npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    ...extra,
  ]);
  assert.doesNotMatch(output, /EBADENGINE/, `npm install in ${dir} warned about engines:\n${output}`);
  return output;
}

/** A consumer project: the fixture files plus a package.json naming the tarballs it installs. */
async function project(work, name, { dependencies, devDependencies = {} }) {
  const dir = join(work, name);
  await cp(join(FIXTURES, name), dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module', dependencies, devDependencies }, null, 2)}\n`,
  );
  return dir;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves a built app (vite build's dist/) on 127.0.0.1, as any static host would. */
async function staticServer(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(root(), path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root()) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** `npx gepi-mock-server` from the node project: plain node, the packed CLI, a fresh memory DB. */
async function startApi(dir, port, origins) {
  const args = ['gepi-mock-server', '--port', String(port), '--db', ':memory:', '--seed', 'demo'];
  for (const origin of origins) args.push('--origin', origin);
  const child = spawn('npx', ['--no-install', ...args], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`gepi-mock-server printed no URL in 90 s:\n${output}`)),
      90_000,
    );
    const read = (chunk) => {
      output += chunk.toString();
      const match = /GEPI registration API: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`gepi-mock-server exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
    },
  };
}

/** Every package `npm ls --omit=dev` lists that builds native code or runs an install script. */
async function nativeOrScripted(dir) {
  const paths = (await sh(dir, 'npm', ['ls', '--omit=dev', '--all', '--parseable'])).trim().split('\n');
  const found = [];
  const names = [];
  for (const path of paths.slice(1)) {
    const manifest = JSON.parse(await readFile(join(path, 'package.json'), 'utf8'));
    names.push(manifest.name);
    const scripts = manifest.scripts ?? {};
    const hooks = ['preinstall', 'install', 'postinstall'].filter((hook) => scripts[hook]);
    if (manifest.gypfile || existsSync(join(path, 'binding.gyp')) || hooks.length > 0) {
      found.push(`${manifest.name}${hooks.length ? ` (${hooks.join(', ')})` : ' (binding.gyp)'}`);
    }
  }
  return { found, names };
}

async function newPage(browser) {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { page, problems };
}

// ---------------------------------------------------------------------------------------------

/** A free port on 127.0.0.1, for the API: the apps are built with its URL before it starts. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** tsc in a project; errors in the consumer's files or in @gepi/* declarations fail it. */
async function typecheck(dir, config) {
  try {
    await sh(dir, process.execPath, ['node_modules/typescript/bin/tsc', '-p', config]);
  } catch (error) {
    const lines = error.message.split('\n').filter((line) => /error TS\d+/.test(line));
    // Third-party declaration files have errors of their own under node16 (@peculiar/asn1-schema's
    // CommonJS .d.ts importing the ESM @peculiar/utils): reported, not ours to fix.
    const ours = lines.filter(
      (line) => !line.startsWith('node_modules/') || line.startsWith('node_modules/@gepi/'),
    );
    if (ours.length > 0 || lines.length === 0) throw error;
    log(
      `  ${config}: ${lines.length} error(s) in third-party declarations only:\n    ${lines.join('\n    ')}`,
    );
  }
}

const work = await mkdtemp(join(tmpdir(), 'gepi-consumers-'));
log(`working in ${work}`);
const tarballs = {};
const cleanups = [];
try {
  await mkdir(join(work, 'tarballs'));
  for (const dir of PUBLIC_PACKAGES) {
    const packed = packPackage(dir, join(work, 'tarballs'));
    tarballs[packed.name] = { ...packed, spec: `file:${packed.file}` };
    log(`packed ${packed.name}: ${(packed.size / 1000).toFixed(1)} kB, ${packed.entryCount} files`);
  }
  await step('README\'s "Use it in your app" shows what the consumer apps run', async () => {
    // Each code block after a `<!-- consumer: <file> -->` marker must appear in that file as it is.
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/<!-- consumer: (\S+) -->\n```\w*\n([\s\S]*?)```/g)];
    assert.ok(blocks.length >= 4, `README has ${blocks.length} consumer blocks`);
    for (const [, file, code] of blocks) {
      const source = await readFile(join(ROOT, file), 'utf8');
      assert.ok(source.includes(code), `README's block for ${file} is not in that file:\n${code}`);
    }
  });
  await step('tarballs hold dist/, no sources, tests, fixtures or source maps', async () => {
    for (const { name, files, file } of Object.values(tarballs)) {
      assert.ok(files.includes('dist/index.js'), `${name} has dist/index.js`);
      assert.ok(files.includes('dist/index.d.ts'), `${name} has dist/index.d.ts`);
      assert.ok(files.includes('LICENSE') && files.includes('CHANGELOG.md'), `${name}: LICENSE, CHANGELOG`);
      const stray = files.filter((path) =>
        /^(src|test|bench|examples|scripts|demo|stories)\/|\.map$/.test(path),
      );
      assert.deepEqual(stray, [], `${name} ships ${stray.join(', ')}`);
      const manifest = JSON.parse(await sh(work, 'tar', ['-xzOf', file, 'package/package.json']));
      assert.doesNotMatch(JSON.stringify(manifest.exports), /"source"/, `${name} exports a source condition`);
      assert.equal(manifest.license, 'MIT');
      if (name === '@gepi/elements')
        assert.ok(files.includes('custom-elements.json'), 'custom-elements.json');
      // Every shared chunk is imported by another file of the package: none is left from an older build.
      const unpacked = join(work, 'unpacked', name);
      await mkdir(unpacked, { recursive: true });
      await sh(work, 'tar', ['-xzf', file, '-C', unpacked]);
      const texts = await Promise.all(
        files
          .filter((path) => /\.(js|ts)$/.test(path))
          .map(async (path) => [path, await readFile(join(unpacked, 'package', path), 'utf8')]),
      );
      const orphans = files
        .filter((path) => path.startsWith('dist/chunks/'))
        .filter((chunk) => {
          // .d.ts chunks are imported as './chunks/<name>.js', like the code they describe.
          const base = chunk.slice('dist/chunks/'.length).replace(/\.(d\.ts|js)$/, '');
          return !texts.some(([path, text]) => path !== chunk && text.includes(base));
        });
      assert.deepEqual(orphans, [], `${name} ships chunks nothing imports`);
    }
  });

  const spec = (name) => tarballs[name].spec;
  const sdkAndElements = { '@gepi/sdk': spec('@gepi/sdk'), '@gepi/elements': spec('@gepi/elements') };
  const apiUrl = `http://127.0.0.1:${await freePort()}`;
  const web = await staticServer(() => join(work, 'web', 'dist'));
  const react = await staticServer(() => join(work, 'react', 'dist'));
  cleanups.push(() => new Promise((done) => web.server.close(done)));
  cleanups.push(() => new Promise((done) => react.server.close(done)));

  // Each project installs and does what needs no API at once, side by side with the others; the
  // node project (it compiles better-sqlite3 and pkcs11js) is the slowest and brings the API.
  const installed = (name) => step(`${name}: npm install (no EBADENGINE)`, () => install(join(work, name)));
  const tasks = {
    async node() {
      await project(work, 'node', {
        dependencies: {
          '@gepi/sdk': spec('@gepi/sdk'),
          '@gepi/pkcs11': spec('@gepi/pkcs11'),
          '@gepi/mock-server': spec('@gepi/mock-server'),
        },
      });
      await installed('node');
    },
    async web() {
      await project(work, 'web', { dependencies: sdkAndElements, devDependencies: { vite: '8.3.8' } });
      await installed('web');
      await step('web: npm ls --omit=dev has no native addon and no install script', async () => {
        const { found, names } = await nativeOrScripted(join(work, 'web'));
        for (const name of ['@gepi/elements', '@gepi/sdk', 'lit', 'ky', 'zod'])
          assert.ok(names.includes(name), `${name} is installed`);
        assert.deepEqual(found, [], `native or install-script packages in a web app: ${found.join(', ')}`);
      });
      await step('web: vite build', () => viteBuild(join(work, 'web')));
    },
    async react() {
      await project(work, 'react', {
        dependencies: { ...sdkAndElements, react: '^19.2.0', 'react-dom': '^19.2.0' },
        devDependencies: {
          vite: '8.3.8',
          typescript: '~5.9.3',
          '@types/react': '^19.2.0',
          '@types/react-dom': '^19.2.0',
        },
      });
      await installed('react');
      await step('react: tsc clean with the JSX types of @gepi/elements/react', () =>
        typecheck(join(work, 'react'), 'tsconfig.json'),
      );
      await step('react: vite build', () => viteBuild(join(work, 'react')));
    },
    async types() {
      const dir = await project(work, 'types', {
        // A Fortify user installs @gepi/sdk's optional peer dependency, the Fortify client.
        dependencies: {
          ...Object.fromEntries(Object.keys(tarballs).map((name) => [name, spec(name)])),
          '@webcrypto-local/client': '^1.10.7',
        },
        devDependencies: { typescript: '~5.9.3', '@types/node': '^20.19.0', '@types/react': '^19.2.0' },
      });
      // Type checks need no native build.
      await step('types: npm install (no EBADENGINE)', () => install(dir, ['--ignore-scripts']));
      for (const config of ['tsconfig.bundler.json', 'tsconfig.node16.json']) {
        await step(`types: tsc -p ${config} over every public entry`, () => typecheck(dir, config));
      }
      for (const { name, file } of Object.values(tarballs)) {
        await step(`types: publint --strict and attw --profile esm-only on ${name}`, async () => {
          await sh(ROOT, process.execPath, [
            join(ROOT, 'node_modules/publint/src/cli.js'),
            'run',
            file,
            '--strict',
          ]);
          await sh(ROOT, process.execPath, [
            join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
            file,
            '--profile',
            'esm-only',
            '--format',
            'ascii',
          ]);
        });
      }
    },
  };
  async function viteBuild(dir) {
    await sh(dir, process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      VITE_GEPI_API: apiUrl,
    });
  }
  const names = Object.keys(tasks).filter(wanted);
  log(`projects: ${names.join(', ')}`);
  await Promise.all(names.map((name) => tasks[name]()));

  if (names.includes('node')) await withApi();
  else log('no node project: the API, the node script and the Chromium flows are skipped');

  async function withApi() {
    const api = await startApi(join(work, 'node'), new URL(apiUrl).port, [web.origin, react.origin]);
    cleanups.push(() => api.stop());
    log(`API (npx gepi-mock-server): ${api.url}`);

    await step(
      "node: npx gepi-provision-softhsm --server puts the API's demo cards on SoftHSM2",
      async () => {
        const dir = join(work, 'softhsm');
        await mkdir(dir);
        const args = [
          '--no-install',
          'gepi-provision-softhsm',
          '--server',
          apiUrl,
          '--cards',
          'CIT-LIN',
          '--dir',
          dir,
        ];
        const result = JSON.parse(
          await sh(join(work, 'node'), 'npx', [...args, '--json'], {}, { stdoutOnly: true }),
        );
        assert.deepEqual(
          result.slots.map((slot) => [slot.cardId, slot.pin]),
          [['CIT-LIN', '123456']],
        );
        assert.ok(existsSync(result.conf), `${result.conf} exists`);
      },
    );
    await step(
      'node: npx gepi roster (the roster-sync command of @gepi/pkcs11) runs from the tarball',
      async () => {
        const usage = await sh(
          join(work, 'node'),
          'npx',
          ['--no-install', 'gepi', '--help'],
          {},
          { stdoutOnly: true },
        );
        assert.match(usage, /gepi roster plan {2}<roster\.csv\|roster\.json>/);
        assert.match(usage, /PINs are asked for on the terminal/);
      },
    );
    await step('node: @gepi/sdk + @gepi/pkcs11 on SoftHSM2 sign in to 授權指派 (plain node)', async () => {
      const output = await sh(join(work, 'node'), process.execPath, ['assignment.mjs', apiUrl]);
      const lines = output.trim().split('\n');
      assert.equal(lines[0], 'provider: pkcs11');
      assert.deepEqual(lines.slice(1), ['張淑芬 E22****894', '謝明哲 P15****235', '吳宗翰 R12****060']);
    });

    const pages = names.filter((name) => name === 'web' || name === 'react');
    if (pages.length > 0) {
      if (!chromiumAvailable())
        throw new Error(`no Chromium at ${chromiumPath()} (apt-get install -y chromium)`);
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
      cleanups.push(() => browser.close());

      if (pages.includes('web')) {
        await step('web: 首次註冊 of 10001 with the virtual card reader in Chromium', async () => {
          const { page, problems } = await newPage(browser);
          await page.goto(`${web.origin}/`);
          const reader = page.getByLabel('虛擬讀卡機', { exact: true });
          await reader
            .locator('option', { hasText: 'GCA 機關憑證 10001 臺北市政府人事處' })
            .waitFor({ state: 'attached' });
          await page.getByRole('main').getByRole('button', { name: '首次註冊', exact: true }).click();
          await page.getByRole('button', { name: '同意條款內容', exact: true }).click();
          await reader.selectOption({ label: 'GCA 機關憑證 10001 臺北市政府人事處' });
          await page.getByLabel('機關代號（五碼）').fill('10001');
          await page.getByLabel('機關憑證IC卡密碼').fill(PIN);
          await page.getByRole('button', { name: '確認', exact: true }).click();
          await page.getByLabel('授權管理者身分證統一編號').waitFor();
          await reader.selectOption({ label: '自然人憑證 王大明' });
          await page.getByLabel('授權管理者身分證統一編號').fill('A123456789');
          await page.getByLabel('自然人憑證IC卡密碼').fill(PIN);
          await page.getByRole('button', { name: '確認', exact: true }).click();
          await page.getByLabel('姓名').waitFor();
          await page.getByLabel('姓名').fill('王大明');
          await page.getByLabel('電子信箱').fill('wang.daming@example.org');
          await page.getByLabel('連絡電話').fill('(02)2720-8889');
          await page.getByRole('button', { name: '確認', exact: true }).click();
          await page.getByText('首次註冊成功！').waitFor();
          assert.deepEqual(problems, []);
          await page.close();
        });
      }

      if (pages.includes('react')) {
        await step(
          'react: <gepi-authorization> signs in with both cards; React hears gepi-step-change',
          async () => {
            const { page, problems } = await newPage(browser);
            await page.goto(`${react.origin}/`);
            const reader = page.getByLabel('虛擬讀卡機', { exact: true });
            await reader
              .locator('option', { hasText: 'XCA 機關憑證 10002 國立臺灣測試大學' })
              .waitFor({ state: 'attached' });
            await reader.selectOption({ label: 'XCA 機關憑證 10002 國立臺灣測試大學' });
            await page.getByLabel('機關代號（五碼）').fill('10002');
            await page.getByLabel('機關憑證IC卡密碼').fill(PIN);
            await page.getByRole('button', { name: '確認', exact: true }).click();
            await page.getByLabel('授權管理者身分證統一編號').waitFor();
            await reader.selectOption({ label: '自然人憑證 林美惠' });
            await page.getByLabel('授權管理者身分證統一編號').fill('F223456786');
            await page.getByLabel('自然人憑證IC卡密碼').fill(PIN);
            await page.getByRole('button', { name: '確認', exact: true }).click();
            await page.getByRole('button', { name: '修改 張淑芬' }).waitFor();
            const steps = (await page.getByRole('status', { name: 'steps' }).textContent())
              ?.trim()
              .split(' ');
            assert.deepEqual(steps?.slice(-3), ['org-card', 'citizen-card', 'list']);
            assert.deepEqual(problems, []);
            await page.close();
          },
        );
      }
    }
  }
} catch (error) {
  results.push({ name: 'run', ok: false, ms: 0, error });
  log(`FAIL ${error?.stack ?? error}`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  if (options.keep) log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok);
log(`${results.length - failed.length} passed, ${failed.length} failed`);
for (const { name, ms, ok } of results)
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${String(Math.round(ms / 100) / 10).padStart(5)} s  ${name}`);
process.exit(failed.length === 0 && results.length > 0 ? 0 : 1);
