// `npm start` end to end: starts the demo portal as a person does (node scripts/start.mjs, on a free
// port and a fresh database), opens it in Debian's Chromium and completes 首次註冊 of agency 10001
// with the demo cards through the virtual card reader, by labels and button names only; printed,
// the page leaves off its banner, the reader desk and the menu. Then stops the server and checks
// that nothing it started is left running.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import {
  READY_LINE,
  START_TIMEOUT_MS,
  chromiumSetup,
  freePort,
  startChild,
  stopGroup,
} from './support/demo-server.js';

const STEP_TIMEOUT_MS = 10_000;
const PIN = '123456';

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';
let output = '';
let dir = '';

before(
  async () => {
    dir = mkdtempSync(join(tmpdir(), 'gepi-demo-e2e-'));
    const port = await freePort();
    const started = await startChild(
      ['scripts/start.mjs'],
      { PORT: String(port), GEPI_DB: join(dir, 'gepi.sqlite') },
      READY_LINE,
      (text) => (output += text),
    );
    server = started.child;
    url = started.match[1] ?? '';
    if (!chromiumSetup.chromiumAvailable()) return;
    browser = await chromium.launch({
      executablePath: chromiumSetup.chromiumPath(),
      args: chromiumSetup.chromiumArgs,
    });
  },
  { timeout: START_TIMEOUT_MS + 30_000 },
);

after(async () => {
  await browser?.close();
  // Stops its process group (tsx's server process too) and fails if anything of it is left.
  await stopGroup(server, 'npm start');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test(
  'npm start serves the demo portal, and a person completes first registration of 10001 with the demo cards',
  {
    skip: !chromiumSetup.chromiumAvailable() && `no Chromium at ${chromiumSetup.chromiumPath()}`,
    timeout: 90_000,
  },
  async () => {
    assert.match(output, /GEPI registration API: http:\/\/localhost:\d+\//);
    assert.ok(browser);
    const page = await browser.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await page.goto(url);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-TW');
    const reader = page.getByLabel('虛擬讀卡機', { exact: true });
    await reader.waitFor();
    const options = await reader.locator('option').allTextContents();
    assert.equal(options[0]?.trim(), '（未插入卡片）');
    assert.ok(options.some((o) => o.trim() === 'GCA 機關憑證 10001 臺北市政府人事處'));
    assert.ok(options.some((o) => o.trim() === '自然人憑證 王大明'));

    // 首頁 → 首次註冊 → 用戶約定條款.
    await page.getByRole('main').getByRole('button', { name: '首次註冊', exact: true }).click();
    await page.getByRole('button', { name: '同意條款內容', exact: true }).click();

    // 機關憑證確認畫面: the organization card into the reader, 機關代號 and PIN.
    await reader.selectOption({ label: 'GCA 機關憑證 10001 臺北市政府人事處' });
    await page.getByLabel('機關代號（五碼）').fill('10001');
    await page.getByLabel('機關憑證IC卡密碼').fill(PIN);
    await page.getByRole('button', { name: '確認', exact: true }).click();

    // 自然人憑證確認畫面: the manager's citizen card instead, 身分證統一編號 and PIN.
    await page.getByLabel('授權管理者身分證統一編號').waitFor();
    await reader.selectOption({ label: '自然人憑證 王大明' });
    await page.getByLabel('授權管理者身分證統一編號').fill('A123456789');
    await page.getByLabel('自然人憑證IC卡密碼').fill(PIN);
    await page.getByRole('button', { name: '確認', exact: true }).click();

    // Both certificates shown, and the contact form.
    await page.getByLabel('姓名').waitFor();
    await page.getByLabel('姓名').fill('王大明');
    await page.getByLabel('電子信箱').fill('wang.daming@example.org');
    await page.getByLabel('連絡電話').fill('(02)2720-8889');
    await page.getByRole('button', { name: '確認', exact: true }).click();

    await page.getByText('首次註冊成功！').waitFor();
    await page.getByText('註冊成功後可點選左方功能列接續辦理授權指派經辦人作業。').waitFor();
    assert.deepEqual(problems, []);

    // On paper the page is the portal's page alone: no demo banner, card reader desk or menu.
    const banner = page.getByRole('banner');
    const menu = page.getByRole('navigation', { name: '功能列' });
    await page.emulateMedia({ media: 'print' });
    for (const [name, hidden] of [
      ['banner', banner],
      ['reader desk', page.locator('aside.desk')],
      ['reader', reader],
      ['menu', menu],
    ] as const) {
      assert.equal(await hidden.isVisible(), false, `${name} is printed`);
    }
    assert.equal(await page.getByText('首次註冊成功！').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await banner.isVisible(), true);
    assert.equal(await menu.isVisible(), true);

    // The page may equally be opened as 127.0.0.1: that origin gets challenges too.
    const port = new URL(url).port;
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
      const challenge = await fetch(new URL('/api/v1/challenges', url), {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{"purpose":"query-citizen-serial"}',
      });
      assert.equal(challenge.status, 201, `challenge for ${origin}: ${await challenge.text()}`);
    }
    await page.close();
  },
);
