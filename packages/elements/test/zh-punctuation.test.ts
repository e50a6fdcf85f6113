// zh-TW text uses full-width punctuation (，：；！？（）) beside Chinese characters, everywhere a user
// or a developer reads it: the elements' catalog, the SDK's error and message catalogs, the API's
// problems, the demo's labels and the stories. The words stay the manual's; only the marks change.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { zhTW } from '../src/i18n/zh-TW.js';
import { halfWidthBesideHan, isZhTwText, zhTwStringsOf } from './support/zh-punctuation.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(?:ts|json)$/u.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const roots = [
  'packages/sdk/src',
  'packages/sdk/examples',
  'packages/pkcs11/src',
  'packages/pkcs11/examples',
  'packages/mock-server/src',
  'packages/elements/src',
  'packages/elements/demo',
  'packages/elements/stories',
];

describe('zh-TW punctuation', () => {
  it('the checker finds what it should and leaves URLs, phone numbers and English alone', () => {
    assert.deepEqual(halfWidthBesideHan('請輸入畫面欄位:'), ['輸入畫面欄位:']);
    assert.equal(halfWidthBesideHan('首次註冊成功!').length, 1);
    assert.equal(halfWidthBesideHan('機關憑證IC卡密碼 (PIN碼)').length, 2);
    assert.equal(halfWidthBesideHan('範例：(02)2701-3411').length, 0);
    assert.equal(halfWidthBesideHan('（http://moica.nat.gov.tw）').length, 0);
    assert.equal(isZhTwText('機關代號: exactly 5 digits.'), false);
    assert.equal(isZhTwText('C=TW, O=行政院, OU=測試用'), false);
  });

  it('the elements catalog has no half-width , : ; ! ? ( ) beside Chinese characters', () => {
    const bad = Object.entries(zhTW).flatMap(([key, text]) =>
      halfWidthBesideHan(text).map((at) => `${key}: …${at}…`),
    );
    assert.deepEqual(bad, []);
  });

  it('nor does any zh-TW string in the SDK, the mock server, the elements, the demo or the stories', () => {
    const bad: string[] = [];
    let strings = 0;
    for (const root of roots) {
      for (const path of sources(join(repo, root))) {
        // The demo cards' labels are the shared test fixture's data, byte-identical to it.
        if (/testing[\\/]demo-dataset\./u.test(path)) continue;
        const source = readFileSync(path, 'utf8');
        const texts = path.endsWith('.json')
          ? jsonStrings(JSON.parse(source) as unknown).map((text) => ({ line: 0, text }))
          : zhTwStringsOf(path, source);
        for (const { line, text } of texts) {
          if (path.endsWith('.json') && !isZhTwText(text)) continue;
          strings++;
          for (const at of halfWidthBesideHan(text)) bad.push(`${relative(repo, path)}:${line}: …${at}…`);
        }
      }
    }
    assert.ok(strings > 400, `read ${strings} zh-TW strings`);
    assert.deepEqual(bad, []);
  });
});

function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}
