// Runs every story of the static Storybook build (storybook-static/) in Debian's Chromium: renders
// it, runs its play function, and fails it on an exception, an unhandled error, or an axe violation.
// No browser download and no @storybook/test-runner: a node:http server for the files, Playwright's
// client library driving /usr/bin/chromium (or CHROME_PATH), and Storybook's own preview channel.
//
// How a story is judged: the page asks the preview for the story (`setCurrentStory`, as the manager
// does) and listens on the preview channel. `storyFinished` ends the run and carries the reports of
// the story's afterEach hooks; addon-a11y's is an axe-core run over the rendered story with the
// story's `a11y` parameters (rules a story turned off, `test: 'off'`), the same run its panel shows.
// Any violation fails the story. `playFunctionThrewException`, `storyThrewException`,
// `storyErrored` and `unhandledErrorsWhilePlaying` fail it too. The play function runs once, in the
// first theme of the story's turn; the story is then re-rendered in each further theme and axe runs
// again. The turns alternate between the themes' order and its reverse, so that a page switches
// stories without changing the theme: a globals update re-renders the story being left (its loaders
// too), and Storybook reloads the whole page when it must tear down a story still loading. For the
// same reason a docs page opened after a story gets a fresh page. At the end, each flow story's time
// to first render is printed (what it measures: see runInPage).
// Docs pages (every element's autodocs, the theming guide) are opened too and must render
// (`docsRendered`) without an error. The last line is `N passed, M failed` (stories and docs pages);
// the exit code is 1 when anything failed.
//
// Usage: node scripts/storybook-test.mjs [substring …]   (only entries whose id contains one)
//   STORYBOOK_TEST_THEMES=default,dark,high-contrast   themes to run axe in (default: all three;
//                                                       play functions run in the first of a
//                                                       story's turn only)
//   STORYBOOK_TEST_WORKERS=2                           pages run in parallel (default 2)
//   STORYBOOK_TEST_ISOLATE=1                           a fresh page for every story (slower: by
//                                                       default a page runs story after story, as
//                                                       the manager switches them, and is replaced
//                                                       only after a failure)
//   STORYBOOK_STATIC=storybook-static                  the build to test
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const ROOT = resolve(process.env.STORYBOOK_STATIC ?? 'storybook-static');
const THEMES = (process.env.STORYBOOK_TEST_THEMES ?? 'default,dark,high-contrast')
  .split(',')
  .map((t) => t.trim())
  .filter(Boolean);
const WORKERS = Math.max(1, Number(process.env.STORYBOOK_TEST_WORKERS ?? 2) || 1);
const ISOLATE = process.env.STORYBOOK_TEST_ISOLATE === '1';
const STORY_TIMEOUT_MS = 60_000;
const filters = process.argv.slice(2);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** A static file server for the build, on a free port of 127.0.0.1 (a secure context for WebCrypto). */
async function serve(root) {
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = resolve(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error(), { code: 'EACCES' });
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch (error) {
      response.writeHead(error?.code === 'EACCES' ? 403 : 404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** In the page: show one docs page (autodocs or MDX) and report whether it rendered. */
function renderDocsInPage({ docsId, timeoutMs }) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  return new Promise((done) => {
    const errors = [];
    const listeners = [];
    const finish = (rendered) => {
      for (const [event, listener] of listeners) channel.off(event, listener);
      clearTimeout(overall);
      done({ finished: rendered, errors });
    };
    const on = (event, listener) => {
      listeners.push([event, listener]);
      channel.on(event, listener);
    };
    const message = (e) =>
      e && typeof e === 'object' ? [e.message, e.stack].filter(Boolean).join('\n') : String(e);
    on('docsRendered', (id) => id === docsId && finish(true));
    on('storyErrored', (e) => errors.push(`story errored: ${message(e)}`));
    on('storyThrewException', (e) => errors.push(`story threw: ${message(e)}`));
    on('storyMissing', (id) => {
      errors.push(`docs missing: ${id}`);
      finish(false);
    });
    const overall = setTimeout(() => {
      errors.push(`timed out after ${timeoutMs} ms`);
      finish(false);
    }, timeoutMs);
    channel.emit('updateGlobals', { globals: { theme: 'default' } });
    channel.emit('setCurrentStory', { storyId: docsId, viewMode: 'docs' });
  });
}

/**
 * In the page: show one story and report how it ended. Runs in the browser (serialised by
 * Playwright), so it may only use what is passed in.
 */
function runInPage({ storyId, globals, remount, setGlobals, timeoutMs }) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  return new Promise((done) => {
    const errors = [];
    const listeners = [];
    let settleTimer;
    // Time to first render: from asking for the story to the first frame at which the story is on
    // the page and can be used: its loaders done, its render returned (the phase after `rendering`),
    // and every gepi-* element in it defined and updated, a flow element with its flow created.
    // Not `storyRendered`: the preview sends that only after the play function and its waits.
    const asked = performance.now();
    let renderMs;
    let watching = false;
    const ready = () => {
      const pending = [document.querySelector('#storybook-root') ?? document.body];
      for (let node = pending.pop(); node; node = pending.pop()) {
        for (const element of node.querySelectorAll('*')) {
          const tag = element.localName;
          if (tag.startsWith('gepi-')) {
            if (!customElements.get(tag)) return false;
            if (element.isUpdatePending || element.hasUpdated === false) return false;
            if ('state' in element && element.state === undefined) return false;
          }
          if (element.shadowRoot) pending.push(element.shadowRoot);
        }
      }
      return true;
    };
    const watch = () => {
      if (renderMs !== undefined || finished) return;
      if (ready()) renderMs = Math.round(performance.now() - asked);
      else requestAnimationFrame(watch);
    };
    let finished = false;
    const finish = (outcome) => {
      finished = true;
      for (const [event, listener] of listeners) channel.off(event, listener);
      clearTimeout(overall);
      clearTimeout(settleTimer);
      done({ ...outcome, errors, renderMs });
    };
    const on = (event, listener) => {
      listeners.push([event, listener]);
      channel.on(event, listener);
    };
    const message = (e) =>
      e && typeof e === 'object' ? [e.message, e.stack].filter(Boolean).join('\n') : String(e);
    const failed = (kind) => (payload) => {
      errors.push(`${kind}: ${Array.isArray(payload) ? payload.map(message).join('\n') : message(payload)}`);
      // Normally storyFinished follows; if it does not, do not wait for the overall timeout.
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => finish({ finished: false }), 5_000);
    };
    on('playFunctionThrewException', failed('play function threw'));
    on('storyThrewException', failed('story threw'));
    on('storyErrored', failed('story errored'));
    on('unhandledErrorsWhilePlaying', failed('unhandled error while playing'));
    on('storyMissing', (id) => {
      errors.push(`story missing: ${id}`);
      finish({ finished: false });
    });
    on('storyRenderPhaseChanged', ({ storyId: id, newPhase }) => {
      const rendered = ['playing', 'played', 'completing', 'completed', 'afterEach', 'finished'];
      if (id !== storyId || watching || !remount || !rendered.includes(newPhase)) return;
      watching = true;
      requestAnimationFrame(watch);
    });
    on('storyFinished', (payload) => {
      if (payload.storyId !== storyId) return;
      const a11y = payload.reporters.find((r) => r.type === 'a11y');
      const violations = (a11y?.result?.violations ?? []).map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
      }));
      if (a11y?.result?.error) errors.push(`axe failed to run: ${message(a11y.result.error)}`);
      if (watching && renderMs === undefined && ready()) renderMs = Math.round(performance.now() - asked);
      finish({ finished: true, status: payload.status, a11y: a11y ? a11y.status : 'off', violations });
    });
    const overall = setTimeout(() => {
      errors.push(`timed out after ${timeoutMs} ms`);
      finish({ finished: false });
    }, timeoutMs);
    if (remount) {
      // Only on a page in another theme, that is a fresh page (see the top of this file).
      if (setGlobals) channel.emit('updateGlobals', { globals });
      channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
    } else {
      // Same story, another theme: re-renders (no play function), then the afterEach hooks again.
      channel.emit('updateGlobals', { globals });
    }
  });
}

async function openPreview(context, origin) {
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`${origin}/iframe.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__,
    null,
    {
      timeout: 30_000,
    },
  );
  // theme: the theme the page's stories were last shown in (undefined: none shown yet).
  return { page, consoleErrors, pkiLoads: 0, theme: undefined };
}

// Assertion messages can hold whole DOM dumps; a few lines say what failed.
const brief = (text) => {
  const lines = text.split('\n');
  return lines.length > 12 ? [...lines.slice(0, 12), `… (${lines.length - 12} more lines)`].join('\n') : text;
};

function describe(result) {
  const lines = result.errors.map(brief);
  for (const v of result.violations ?? [])
    lines.push(`axe ${v.id} (${v.impact}): ${v.help} ${v.targets.join(' ')}`);
  return lines;
}

async function main() {
  const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter(
    (e) => filters.length === 0 || filters.some((f) => e.id.includes(f)),
  );
  const stories = entries.filter((e) => e.type === 'story');
  // Docs pages (each element's autodocs, the theming guide) are checked to render without errors.
  const docs = entries.filter((e) => e.type === 'docs');
  if (stories.length === 0) {
    console.error('No stories to run.');
    process.exit(1);
  }

  const started = Date.now();
  const { server, origin } = await serve(ROOT);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const queue = [...stories, ...docs];
  const results = [];

  async function worker() {
    let preview = await openPreview(context, origin);
    for (let story = queue.shift(); story; story = queue.shift()) {
      const t0 = Date.now();
      const outcome = { id: story.id, problems: [] };
      if (story.type === 'docs' && preview.theme !== undefined) {
        await preview.page.close();
        preview = await openPreview(context, origin);
      }
      if (story.type === 'docs') {
        const result = await preview.page.evaluate(renderDocsInPage, {
          docsId: story.id,
          timeoutMs: STORY_TIMEOUT_MS,
        });
        outcome.problems.push(...result.errors.map(brief));
      }
      // The page's theme first: the order, or its reverse after a story that ended in the last.
      const themes = preview.theme === THEMES[THEMES.length - 1] ? [...THEMES].reverse() : THEMES;
      for (const [i, theme] of (story.type === 'docs' ? [] : themes).entries()) {
        const result = await preview.page.evaluate(runInPage, {
          storyId: story.id,
          globals: { theme },
          remount: i === 0,
          setGlobals: i > 0 || preview.theme !== theme,
          timeoutMs: STORY_TIMEOUT_MS,
        });
        preview.theme = theme;
        if (i === 0) outcome.renderMs = result.renderMs;
        const problems = describe(result);
        if (result.finished && result.status !== 'success' && problems.length === 0)
          problems.push(`finished with status ${result.status}`);
        outcome.problems.push(...problems.map((p) => (THEMES.length > 1 ? `[${theme}] ${p}` : p)));
        if (!result.finished) break;
      }
      // Where this page's demo PKI came from and how long it took (demo-env.ts measures it), on the
      // first story after it was loaded (the preview starts loading it when it starts).
      const pkiLoads = await preview.page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('demo PKI'))
          .map((m) => `${m.name} in ${Math.round(m.duration)} ms`),
      );
      if (pkiLoads.length > preview.pkiLoads) outcome.pki = pkiLoads.slice(preview.pkiLoads).join(', ');
      preview.pkiLoads = pkiLoads.length;
      outcome.problems.push(...preview.consoleErrors.splice(0).map((m) => `page error: ${m}`));
      outcome.ms = Date.now() - t0;
      results.push(outcome);
      const ok = outcome.problems.length === 0;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${story.id} (${outcome.ms} ms)`);
      for (const p of outcome.problems) console.log(`       ${p.replace(/\n/g, '\n       ')}`);
      // A failed story may leave the page in any state (an open modal, a pending flow): start afresh.
      // So does a docs page: its inline stories may still be rendering or playing after
      // `docsRendered`, and Storybook reloads the whole preview when such a story is torn down,
      // which would destroy the next evaluate's context mid-call.
      if (!ok || ISOLATE || story.type === 'docs') {
        await preview.page.close();
        preview = await openPreview(context, origin);
      }
    }
    await preview.page.close();
  }

  try {
    await Promise.all(Array.from({ length: Math.min(WORKERS, stories.length) }, worker));
  } finally {
    await browser.close();
    server.close();
  }

  // Each flow story's time to first render (a report, not a check: the machine is shared). The
  // first flow story on a fresh page may wait for the demo PKI (restored from the build's
  // demo-pki.json, else from IndexedDB, else issued in the page), which the preview starts loading
  // when it starts: the first story after it was loaded is marked with where it came from.
  const flows = results
    .filter((r) => r.id.startsWith('flows-') && r.renderMs !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id));
  if (flows.length > 0) {
    const sorted = flows.map((r) => r.renderMs).sort((a, b) => a - b);
    console.log(`\nFlow stories, time to first render (ms; rendered and usable, before the play function):`);
    for (const r of flows)
      console.log(`  ${String(r.renderMs).padStart(6)}  ${r.id}${r.pki ? `  (${r.pki})` : ''}`);
    const under = sorted.filter((ms) => ms <= 1000).length;
    console.log(
      `  median ${sorted[Math.floor(sorted.length / 2)]} ms, ${under} of ${flows.length} at most 1 s, max ${sorted[sorted.length - 1]} ms`,
    );
  }
  const unready = results.filter(
    (r) => r.id.startsWith('flows-') && !r.id.endsWith('--docs') && r.renderMs === undefined,
  );
  if (unready.length > 0)
    console.log(`Flow stories never seen ready: ${unready.map((r) => r.id).join(', ')}`);
  const pkiLoads = results.flatMap((r) => (r.pki ? r.pki.split(', ') : []));
  if (pkiLoads.length > 0) {
    const ms = pkiLoads.map((l) => Number(/in (\d+) ms/.exec(l)?.[1])).sort((a, b) => a - b);
    const sources = [...new Set(pkiLoads.map((l) => /\((\w+)\)/.exec(l)?.[1]))].join(', ');
    console.log(
      `Demo PKI loaded ${pkiLoads.length} times (one per page; from: ${sources}), ${ms[0]}–${ms[ms.length - 1]} ms`,
    );
  }

  const failed = results.filter((r) => r.problems.length > 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const docsFailed = failed.filter((r) => docs.some((d) => d.id === r.id)).length;
  console.log(
    `\n${stories.length} stories and ${docs.length} docs pages in ${seconds} s ` +
      `(axe in themes: ${THEMES.join(', ')}; docs pages failed: ${docsFailed})`,
  );
  console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
