// The demo portal in Fortify mode when things go wrong, as whole portal flows in Debian's Chromium:
// `npm start` (the real mock API on SQLite) and this project's Fortify-protocol test server over
// SoftHSM2, run in this process so its hooks play the person at Fortify's windows. The page uses the
// real, unmodified Fortify client. Covered: the site refused in Fortify's approval window, then
// 重新連線 and approved; a wrong PIN and a cancelled PIN window during 首次註冊; the manager's card
// pulled out while Fortify asks for its PIN; Fortify not running, then started. After each
// failure the API holds nothing for 10001 (no receipt), and the same flow then completes. Also the
// opt-in 選擇其他憑證: Fortify's own certificate picker in a dialog, and the reader chosen signs.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { provisionSoftHsm } from '@gepi/pkcs11';
import type { SoftHsmProvision } from '@gepi/pkcs11';
import { demoCardsFromExport } from '@gepi/sdk/testing';
import type { DemoPkiExport } from '@gepi/sdk/testing';
import { FortifyTestServer } from '../src/index.js';
import type { PairingRequest, PinRequest } from '../src/index.js';
// The demo-portal end-to-end tests' own start/stop helpers (process groups, free ports, Chromium).
import {
  READY_LINE,
  START_TIMEOUT_MS,
  chromiumSetup,
  freePort,
  startChild,
  stopGroup,
} from '../../elements/test/support/demo-server.js';

const STEP_TIMEOUT_MS = 15_000;
const skip = !chromiumSetup.chromiumAvailable() && `no Chromium at ${chromiumSetup.chromiumPath()}`;

let demo: ChildProcess | undefined;
let output = '';
let url = '';
let dir = '';
let browser: Browser | undefined;
let provision: SoftHsmProvision | undefined;
let fortify: FortifyTestServer | undefined;

/** A promise with its resolver, for hooks the test answers later. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

before(
  async () => {
    dir = mkdtempSync(join(tmpdir(), 'gepi-fortify-failures-e2e-'));
    const port = await freePort();
    const started = await startChild(
      ['scripts/start.mjs'],
      { PORT: String(port), GEPI_DB: join(dir, 'gepi.sqlite') },
      READY_LINE,
      (text) => (output += text),
    );
    demo = started.child;
    url = started.match[1] ?? '';
    // The demo server's own cards, so its API accepts their signatures.
    const response = await fetch(new URL('/demo/pki', url));
    const cards = await demoCardsFromExport((await response.json()) as DemoPkiExport, [
      'ORG-10001',
      'CIT-WANG',
    ]);
    provision = await provisionSoftHsm({ cards });
    fortify = await FortifyTestServer.start({ tokens: provision });
    if (!chromiumSetup.chromiumAvailable()) return;
    browser = await chromium.launch({
      executablePath: chromiumSetup.chromiumPath(),
      // The test server's certificate is made at its start.
      args: [...chromiumSetup.chromiumArgs, '--ignore-certificate-errors'],
    });
  },
  { timeout: START_TIMEOUT_MS + 60_000 },
);

after(async () => {
  await browser?.close();
  await fortify?.close();
  await provision?.cleanup();
  await stopGroup(demo, 'npm start');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** 10001's receipts in the API (public 收件紀錄 query): what a registration would have written. */
async function receipts10001(): Promise<number> {
  const response = await fetch(new URL('/api/v1/receipts?agencyCode=10001', url));
  assert.equal(response.status, 200);
  const body = (await response.json()) as { items: unknown[]; total?: number };
  return body.total ?? body.items.length;
}

/** A fresh browser context (a new Fortify identity: it pairs again), on the demo in Fortify mode. */
async function openPortal(): Promise<{ page: Page; problems: string[] }> {
  assert.ok(browser && fortify);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${url}?reader=fortify&fortify=${fortify.address}`);
  return { page, problems };
}

/** 首次註冊 → 同意條款內容: the org card step. */
async function startFirstRegistration(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: '首次註冊', exact: true }).click();
  await page.getByRole('button', { name: '同意條款內容', exact: true }).click();
}

/** The card step's error box (role=alert) as the person reads it. */
function cardError(page: Page, text: string) {
  return page.getByRole('alert').filter({ hasText: text }).first();
}

test(
  'Fortify mode: the site refused in Fortify, then 重新連線 and approved — never "insert a card"',
  { skip, timeout: 120_000 },
  async () => {
    assert.ok(fortify);
    const server = fortify;
    const asked = deferred<PairingRequest>();
    const answer = deferred<boolean>();
    server.onPairing = (request) => {
      asked.resolve(request);
      return answer.promise;
    };
    const { page, problems } = await openPortal();
    await startFirstRegistration(page);

    // The code Fortify shows in its window is the one the page shows.
    const request = await asked.promise;
    await page.getByRole('heading', { name: '請核對配對碼' }).waitFor();
    const shown = await page.locator('[part~="pairing-code"]').first().textContent();
    assert.equal(shown?.replace(/\D/g, ''), request.code);

    // Refused in Fortify's window: the card step says so and offers 重新連線, and no card talk.
    answer.resolve(false);
    await page.getByRole('heading', { name: 'Fortify 未允許本網站使用IC卡' }).waitFor();
    assert.equal(await page.getByText('讀卡機中未偵測到IC卡').count(), 0, 'no "insert a card" while refused');
    assert.equal(await page.getByRole('heading', { name: '讀卡機中的IC卡' }).count(), 0);

    // 重新連線 asks again; approved this time, the cards appear without a reload.
    server.onPairing = () => true;
    await page.getByRole('button', { name: '重新連線', exact: true }).click();
    await page.getByRole('heading', { name: '讀卡機中的IC卡' }).waitFor();
    await page.getByText('臺北市政府人事處').first().waitFor();
    assert.deepEqual(problems, []);
    await page.context().close();
  },
);

/** 選擇其他憑證 at the card step: Fortify's picker, the certificate whose text matches, Continue. */
async function choose(page: Page, certificate: RegExp): Promise<void> {
  await page.getByRole('button', { name: '選擇其他憑證', exact: true }).click();
  const dialog = page.locator('[data-gepi-fortify-picker] dialog');
  await dialog.getByRole('heading', { name: '選擇其他憑證' }).waitFor();
  const option = page
    .locator('peculiar-fortify-certificates [role="option"]')
    .filter({ hasText: certificate });
  await option.first().waitFor({ timeout: 30_000 });
  await option.first().click();
  await page
    .locator('peculiar-fortify-certificates')
    .getByRole('button', { name: /continue/i })
    .click();
  await page.locator('[data-gepi-fortify-picker]').waitFor({ state: 'detached' });
}

test(
  'Fortify mode 首次註冊 with 選擇其他憑證: Fortify’s picker opens in a dialog (Shift+D downloads nothing), and the reader chosen is the one each card step signs with',
  { skip, timeout: 240_000 },
  async () => {
    assert.ok(fortify);
    const server = fortify;
    server.onPairing = () => true;
    const pins: string[] = [];
    server.onPin = ({ cardId }) => (pins.push(cardId), server.pinOf(cardId));
    const { page, problems } = await openPortal();
    try {
      await pickerFlow(page, problems, pins);
    } finally {
      // Taken out and put back: logged out (the picker logged in to each), as the next test needs.
      for (const card of ['ORG-10001', 'CIT-WANG']) {
        server.remove(card);
        server.insert(card);
      }
    }
  },
);

async function pickerFlow(page: Page, problems: string[], pins: string[]): Promise<void> {
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await startFirstRegistration(page);
  await page.getByRole('heading', { name: '讀卡機中的IC卡' }).waitFor();
  await page.getByText('臺北市政府人事處').first().waitFor();
  assert.equal(await page.locator('peculiar-fortify-certificates').count(), 0);

  // Opened: Fortify's own list (English), after it asked for each card's PIN; Shift+D and
  // Shift+R (the component's page-wide shortcuts) do nothing while it is open.
  await page.getByRole('button', { name: '選擇其他憑證', exact: true }).click();
  await page.locator('peculiar-fortify-certificates [role="option"]').nth(1).waitFor({ timeout: 30_000 });
  assert.deepEqual([...pins].sort(), ['CIT-WANG', 'ORG-10001'], 'the picker logged in to each token');
  await page.keyboard.press('Shift+D');
  await page.keyboard.press('Shift+R');
  await page.waitForTimeout(1000);
  assert.deepEqual(downloads, [], 'Shift+D downloaded nothing');
  await page.locator('[data-gepi-fortify-picker] dialog').getByRole('button', { name: '取消' }).click();
  await page.locator('[data-gepi-fortify-picker]').waitFor({ state: 'detached' });
  assert.equal(await page.locator('peculiar-fortify-certificates').count(), 0, 'unmounted');

  // 王大明's certificate chosen at the org step: the step now reads that reader (the wrong kind).
  const details = page.locator('gepi-card-confirm [part~="card-details"]');
  await choose(page, /王大明/);
  await details.filter({ hasText: '王大明' }).waitFor();
  assert.doesNotMatch(await details.innerText(), /臺北市政府人事處/, 'the org card is not the one read');
  // The org card chosen: signs in through that reader.
  await choose(page, /10001/);
  await details.filter({ hasText: '臺北市政府人事處' }).waitFor();
  await page.getByLabel('機關代號（五碼）').fill('10001');
  await page.getByRole('button', { name: '確認', exact: true }).click();

  // The choice holds for the next card step until another is made: 王大明's card chosen there.
  await page.getByLabel('授權管理者身分證統一編號').waitFor();
  await details.filter({ hasText: '臺北市政府人事處' }).waitFor();
  await choose(page, /王大明/);
  await details.filter({ hasText: '王大明' }).waitFor();
  await page.getByLabel('授權管理者身分證統一編號').fill('A123456789');
  await page.getByRole('button', { name: '確認', exact: true }).click();
  // Both cards signed through the readers chosen: the API accepted them and asks for the contact.
  await page.getByLabel('姓名').waitFor();
  assert.deepEqual(downloads, []);
  assert.deepEqual(problems, []);
  await page.context().close();
  assert.equal(await receipts10001(), 0, 'not sent: the next test registers 10001');
}

test(
  'Fortify mode 首次註冊: a wrong PIN, a cancelled PIN window, and the manager’s card pulled during the PIN prompt each reach the flow with the right message; nothing is written until the flow completes',
  { skip, timeout: 240_000 },
  async () => {
    assert.ok(fortify);
    const server = fortify;
    server.onPairing = () => true;
    assert.equal(await receipts10001(), 0, '10001 starts unregistered');
    const { page, problems } = await openPortal();
    await startFirstRegistration(page);
    await page.getByRole('heading', { name: '讀卡機中的IC卡' }).waitFor();
    await page.getByText('臺北市政府人事處').first().waitFor();
    await page.getByLabel('機關代號（五碼）').fill('10001');
    const confirm = page.getByRole('button', { name: '確認', exact: true });

    // A wrong PIN typed in Fortify's window.
    const pins: string[] = [];
    server.onPin = ({ cardId }) => (pins.push(`${cardId}:wrong`), '000000');
    await confirm.click();
    await cardError(page, 'PIN碼錯誤').waitFor();
    assert.deepEqual(pins, ['ORG-10001:wrong']);
    assert.equal(
      await page.getByLabel('授權管理者身分證統一編號').count(),
      0,
      'the flow stays at the org card',
    );
    assert.equal(await receipts10001(), 0);

    // The PIN window closed with 取消.
    server.onPin = ({ cardId }) => (pins.push(`${cardId}:cancel`), null);
    await confirm.click();
    await cardError(page, '使用者已取消操作').waitFor();
    assert.deepEqual(pins, ['ORG-10001:wrong', 'ORG-10001:cancel']);
    assert.equal(await page.getByLabel('授權管理者身分證統一編號').count(), 0);
    assert.equal(await receipts10001(), 0);

    // The right PIN: the org card signs and the flow moves on to the manager's card.
    server.onPin = ({ cardId }) => (pins.push(`${cardId}:right`), server.pinOf(cardId));
    await confirm.click();
    await page.getByLabel('授權管理者身分證統一編號').waitFor();
    await page.getByText('王大明').first().waitFor();
    await page.getByLabel('授權管理者身分證統一編號').fill('A123456789');

    // The manager's card is pulled out while Fortify's PIN window is open.
    const prompt = deferred<PinRequest>();
    server.onPin = (request) => {
      pins.push(`${request.cardId}:open`);
      prompt.resolve(request);
      return new Promise<string | null>(() => {});
    };
    await confirm.click();
    const open = await prompt.promise;
    assert.equal(open.cardId, 'CIT-WANG');
    await page.getByText('請在 Fortify 視窗輸入 PIN 碼').waitFor();
    server.remove('CIT-WANG');
    assert.equal(open.signal.aborted, true, 'the server closed its PIN window');
    // The flow hears it: the PIN line goes, and the card step shows what is in the readers now
    // (only the org card: take it out, put the manager's card in).
    await page.getByText('請在 Fortify 視窗輸入 PIN 碼').waitFor({ state: 'hidden' });
    await page.getByText('讀卡機中仍是機關憑證IC卡').first().waitFor();
    assert.equal(await page.getByText('王大明').count(), 0, 'the pulled card is no longer shown');
    assert.equal(await page.getByLabel('姓名').count(), 0, 'the flow did not move on');
    assert.equal(await receipts10001(), 0, 'nothing written for 10001');

    // Put back, the same step completes.
    server.onPin = ({ cardId }) => (pins.push(`${cardId}:right`), server.pinOf(cardId));
    server.insert('CIT-WANG');
    await page.getByText('王大明').first().waitFor();
    const id = page.getByLabel('授權管理者身分證統一編號');
    if ((await id.inputValue()) === '') await id.fill('A123456789');
    await confirm.click();
    await page.getByLabel('姓名').waitFor();

    await page.getByLabel('姓名').fill('王大明');
    await page.getByLabel('電子信箱').fill('wang.daming@example.org');
    await page.getByLabel('連絡電話').fill('(02)2720-8889');
    await confirm.click();
    await page.getByText('首次註冊成功！').waitFor();
    assert.equal(await receipts10001(), 1, 'one receipt once the flow completed');
    assert.deepEqual(pins, [
      'ORG-10001:wrong',
      'ORG-10001:cancel',
      'ORG-10001:right',
      'CIT-WANG:open',
      'CIT-WANG:right',
    ]);
    assert.deepEqual(problems, []);
    await page.context().close();
  },
);

test(
  'Fortify mode: Fortify not running → 未偵測到讀卡元件 Fortify, then started → the cards without a reload',
  { skip, timeout: 120_000 },
  async () => {
    assert.ok(fortify);
    const server = fortify;
    server.onPairing = () => true;
    await server.stop();
    const { page, problems } = await openPortal();
    await startFirstRegistration(page);
    await page.getByRole('heading', { name: '未偵測到讀卡元件 Fortify' }).waitFor();
    assert.equal(
      await page.getByText('讀卡機中未偵測到IC卡').count(),
      0,
      'no "insert a card" while not running',
    );
    let loads = 0;
    page.on('load', () => loads++);
    await server.restart();
    await page.getByRole('heading', { name: '讀卡機中的IC卡' }).waitFor();
    await page.getByText('臺北市政府人事處').first().waitFor();
    assert.equal(loads, 0, 'connected without a reload');
    assert.deepEqual(problems, []);
    await page.context().close();
  },
);
