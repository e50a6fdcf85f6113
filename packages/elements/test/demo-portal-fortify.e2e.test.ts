// The demo portal in Fortify mode end to end (issue 11): `npm start`, the page opened with
// ?reader=fortify in Debian's Chromium; Fortify not running → the card step shows 未偵測到讀卡元件
// Fortify; `npm run fortify:test-server -- --server <demo>` started → the page connects by itself,
// without a reload; then 首次註冊 of 10001: the org card and the manager's card sign through the
// real, unmodified Fortify client on SoftHSM2 keys, and the real mock API verifies and registers;
// then 授權指派 for 10002: sign in, read a handler's card (讀取憑證), add him, delete him.
// Stops both servers and checks that nothing they started is left running.
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

let server: ChildProcess | undefined;
let fortify: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';
let output = '';
let fortifyOutput = '';
let dir = '';
let fortifyPort = 0;

before(
  async () => {
    dir = mkdtempSync(join(tmpdir(), 'gepi-demo-fortify-e2e-'));
    const [port, free] = await Promise.all([freePort(), freePort()]);
    fortifyPort = free;
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
      // The Fortify test server's certificate is made at its start.
      args: [...chromiumSetup.chromiumArgs, '--ignore-certificate-errors'],
    });
  },
  { timeout: START_TIMEOUT_MS + 30_000 },
);

after(async () => {
  await browser?.close();
  await stopGroup(fortify, 'npm run fortify:test-server');
  await stopGroup(server, 'npm start');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test(
  'Fortify mode: not detected until the test server starts, then first registration of 10001 with SoftHSM2 cards',
  {
    skip: !chromiumSetup.chromiumAvailable() && `no Chromium at ${chromiumSetup.chromiumPath()}`,
    timeout: 180_000,
  },
  async () => {
    assert.ok(browser);
    const page = await browser.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const logs: string[] = [];
    page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
    page.on('requestfailed', (request) =>
      logs.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
    );

    await page.goto(`${url}?reader=fortify&fortify=127.0.0.1:${fortifyPort}`);
    assert.equal(await page.getByLabel('讀卡方式').inputValue(), 'fortify');
    assert.equal(
      await page.getByLabel('虛擬讀卡機', { exact: true }).count(),
      0,
      'no virtual reader in Fortify mode',
    );
    await page.getByRole('main').getByRole('button', { name: '首次註冊', exact: true }).click();
    await page.getByRole('button', { name: '同意條款內容', exact: true }).click();

    // Fortify is not running: the card step says so (never "insert a card"), and retries by itself.
    await page.getByRole('heading', { name: '未偵測到讀卡元件 Fortify' }).waitFor();
    assert.equal(await page.getByText('讀卡機中未偵測到IC卡').count(), 0);

    // Start the Fortify-protocol test server with this demo server's cards (PINs answered by it).
    const started = await startChild(
      [
        '--conditions=source',
        '--import',
        'tsx',
        'packages/fortify-test-server/src/cli.ts',
        '--port',
        String(fortifyPort),
        '--server',
        url,
        '--cards',
        'ORG-10001,CIT-WANG',
      ],
      {},
      /Commands:/,
      (text) => (fortifyOutput += text),
    );
    fortify = started.child;
    assert.match(fortifyOutput, /ORG-10001\s+yes\s+123456/);

    // Connected without a reload (approved by the test server, which prints the pairing code).
    await page
      .getByRole('heading', { name: '讀卡機中的IC卡' })
      .waitFor({ timeout: 30_000 })
      .catch((error: unknown) => {
        throw new Error(
          `${String(error)} port ${fortifyPort}\n${fortifyOutput}\n${logs.slice(-15).join('\n')}\n${problems.join('\n')}`,
        );
      });
    await page.getByText('臺北市政府人事處').first().waitFor();
    assert.match(fortifyOutput, /Pairing code: \d{6}/);
    await page.getByText('請於讀卡元件（Fortify）開啟的視窗中輸入IC卡密碼', { exact: false }).waitFor();
    assert.equal(await page.getByLabel('機關憑證IC卡密碼').count(), 0, 'no PIN field in Fortify mode');
    await page.getByLabel('機關代號（五碼）').fill('10001');
    await page.getByRole('button', { name: '確認', exact: true }).click();

    // The manager's citizen card is in the other reader; the PIN is answered in "Fortify".
    await page.getByLabel('授權管理者身分證統一編號').waitFor({ timeout: 30_000 });
    await page.getByText('王大明').first().waitFor();
    await page.getByLabel('授權管理者身分證統一編號').fill('A123456789');
    await page.getByRole('button', { name: '確認', exact: true }).click();

    await page.getByLabel('姓名').waitFor({ timeout: 30_000 });
    await page.getByLabel('姓名').fill('王大明');
    await page.getByLabel('電子信箱').fill('wang.daming@example.org');
    await page.getByLabel('連絡電話').fill('(02)2720-8889');
    await page.getByRole('button', { name: '確認', exact: true }).click();
    await page.getByText('首次註冊成功！').waitFor();
    assert.match(fortifyOutput, /PIN asked for ORG-10001/);
    assert.match(fortifyOutput, /PIN asked for CIT-WANG/);
    assert.deepEqual(problems, []);
    await page.close();
  },
);

test(
  'Fortify mode: 授權指派 for 10002 — sign in, read 陳志豪’s card (讀取憑證), add him, delete him',
  {
    skip: !chromiumSetup.chromiumAvailable() && `no Chromium at ${chromiumSetup.chromiumPath()}`,
    timeout: 180_000,
  },
  async () => {
    assert.ok(browser);
    // Fortify restarted with 10002's cards; 陳志豪's card is taken out until the handler form asks for it.
    await stopGroup(fortify, 'npm run fortify:test-server');
    fortifyOutput = '';
    const started = await startChild(
      [
        '--conditions=source',
        '--import',
        'tsx',
        'packages/fortify-test-server/src/cli.ts',
        '--port',
        String(fortifyPort),
        '--server',
        url,
        '--cards',
        'ORG-10002,CIT-LIN,CIT-CHEN',
      ],
      {},
      /Commands:/,
      (text) => (fortifyOutput += text),
    );
    fortify = started.child;
    fortify.stdin?.write('remove CIT-CHEN\n');

    const page = await browser.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${url}?reader=fortify&fortify=127.0.0.1:${fortifyPort}`);
    await page.getByRole('main').getByRole('button', { name: '授權指派', exact: true }).click();

    await page.getByRole('heading', { name: '讀卡機中的IC卡' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('機關代號（五碼）').fill('10002');
    await page.getByRole('button', { name: '確認', exact: true }).click();
    await page.getByLabel('授權管理者身分證統一編號').waitFor({ timeout: 30_000 });
    await page.getByLabel('授權管理者身分證統一編號').fill('F223456786');
    await page.getByRole('button', { name: '確認', exact: true }).click();

    // 新增: 陳志豪's card goes in; 讀取憑證 fills SN and name without a PIN.
    await page.getByRole('button', { name: '新增', exact: true }).click({ timeout: 30_000 });
    const pinsBefore = (fortifyOutput.match(/PIN asked/g) ?? []).length;
    fortify.stdin?.write('insert CIT-CHEN\n');
    await page.getByRole('button', { name: '讀取憑證', exact: true }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.getByRole('button', { name: '讀取憑證', exact: true }).click();
    const serial = page.getByLabel('憑證序號（SN）');
    for (let i = 0; i < 100 && (await serial.inputValue()) !== '100048210DD2DF2E128096A9282B0003'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(await serial.inputValue(), '100048210DD2DF2E128096A9282B0003');
    assert.equal(await page.getByLabel('姓名').inputValue(), '陳志豪');
    assert.equal((fortifyOutput.match(/PIN asked/g) ?? []).length, pinsBefore, '讀取憑證 asks no PIN');
    await page.getByRole('textbox', { name: /身分證統一編號/ }).fill('B120112236');
    await page.locator('input[value="premium.change"]').check();
    await page.getByRole('button', { name: '確認', exact: true }).click();
    await page.getByText('新增成功！').waitFor({ timeout: 20_000 });

    // 刪除 陳志豪, confirmed in 刪除確認.
    await page.getByRole('button', { name: '刪除 陳志豪' }).click();
    await page.getByText('您確定刪除這筆資料？').waitFor();
    await page.locator('gepi-confirm-dialog').getByRole('button', { name: '確認', exact: true }).click();
    await page.getByText('刪除成功！').waitFor({ timeout: 20_000 });
    assert.match(fortifyOutput, /PIN asked for ORG-10002/);
    assert.match(fortifyOutput, /PIN asked for CIT-LIN/);
    assert.deepEqual(problems, []);
    await page.close();
  },
);
