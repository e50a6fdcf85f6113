// Reading a roster: CSV as Excel saves it (BOM, CRLF, quoted cells), headers in zh-TW or English,
// the authorized-list export as is, JSON; permissions by id or by label; each bad row with its
// line and field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PermissionResolver, checkRoster, parseCsvRecords, parseRoster } from '@gepi/sdk/roster';

const catalog = [
  {
    id: 'premium',
    label: '保費申報作業',
    children: [
      { id: 'premium.change', label: '異動登錄' },
      { id: 'premium.query', label: '申報資料查詢' },
    ],
  },
  {
    id: 'other',
    label: '其他作業',
    children: [
      { id: 'other.query', label: '申報資料查詢' },
      { id: 'query.general', label: '一般查詢' },
    ],
  },
];
const resolver = new PermissionResolver(catalog);

describe('roster input', () => {
  it('parses quoted cells with commas, quotes and line breaks, and numbers records by their first line', () => {
    const records = parseCsvRecords('\uFEFFa,b\r\n"x, ""y""","line\r\nbreak"\r\n\r\nlast,1');
    assert.deepEqual(records, [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', 'line\r\nbreak'] },
      { line: 5, cells: ['last', '1'] },
    ]);
  });

  it('reads zh-TW headers with a BOM, English headers, and the authorized-list export', () => {
    const zh = parseRoster(
      '\uFEFF姓名,身分證統一編號,憑證序號,權限\r\n王小明,A123456789,0a:bc,異動登錄、一般查詢\r\n',
    );
    const en = parseRoster(
      'Name,National ID,Serial number,Permissions\nWang,A123456789,ABC,"premium.change;query.general"\n',
    );
    const exported = parseRoster(
      '\uFEFF序號,姓名,身分證統一編號,憑證序號,權限\r\n1,王小明,A123456789,ABC,異動登錄\r\n',
    );
    assert.deepEqual(zh.entries, [
      {
        line: 2,
        name: '王小明',
        nationalId: 'A123456789',
        serial: '0a:bc',
        permissions: ['異動登錄', '一般查詢'],
      },
    ]);
    assert.deepEqual(en.entries[0]?.permissions, ['premium.change', 'query.general']);
    assert.equal(exported.entries[0]?.serial, 'ABC');
    const checked = checkRoster(zh.entries, resolver);
    assert.deepEqual(checked.problems, []);
    assert.deepEqual(checked.rows[0]?.permissions, ['premium.change', 'query.general']);
    assert.equal(checked.rows[0]?.serial, 'ABC');
  });

  it('reads the serial column headed 憑證序號(SN), with half- or full-width brackets', () => {
    for (const header of ['憑證序號(SN)', '憑證序號（SN）']) {
      const { entries } = parseRoster(`姓名,身分證統一編號,${header},權限\n王小明,A123456789,ABC,一般查詢\n`);
      assert.equal(entries[0]?.serial, 'ABC', header);
    }
  });

  it('reads JSON with English or zh-TW keys', () => {
    const { entries } = parseRoster(
      JSON.stringify([
        { name: '王小明', nationalId: 'A123456789', permissions: ['premium.change'] },
        { 姓名: '李大同', 身分證統一編號: 'B120112236', 憑證序號: 'AB', 權限: '一般查詢' },
      ]),
    );
    assert.deepEqual(
      entries.map((e) => [e.line, e.name, e.serial, e.permissions]),
      [
        [1, '王小明', undefined, ['premium.change']],
        [2, '李大同', 'AB', ['一般查詢']],
      ],
    );
  });

  it('names a missing column on line 1 and a label shared by two permissions as ambiguous', () => {
    assert.deepEqual(
      parseRoster('姓名,憑證序號\n王小明,AB\n').problems.map((p) => [p.line, p.field, p.code, p.text.en]),
      [
        [1, 'header', 'ROSTER_COLUMN_MISSING', 'The header has no "National ID" column.'],
        [1, 'header', 'ROSTER_COLUMN_MISSING', 'The header has no "Permissions" column.'],
      ],
    );
    const { entries } = parseRoster('姓名,身分證統一編號,憑證序號,權限\n王小明,A123456789,AB,申報資料查詢\n');
    const ambiguous = checkRoster(entries, resolver);
    assert.deepEqual(
      ambiguous.problems.map((p) => [p.line, p.field, p.code]),
      [[2, 'permissions', 'ROSTER_PERMISSION_AMBIGUOUS']],
    );
    const qualified = parseRoster(
      '姓名,身分證統一編號,憑證序號,權限\n王小明,A123456789,AB,其他作業/申報資料查詢\n',
    );
    assert.deepEqual(checkRoster(qualified.entries, resolver).rows[0]?.permissions, ['other.query']);
  });

  it('reports every bad row: checksum, serial, name, no permission, duplicate person and serial', () => {
    const { entries } = parseRoster(
      [
        '姓名,身分證統一編號,憑證序號,權限',
        '王小明,A123456788,AB,一般查詢',
        '王小華,A123456789,XYZ,一般查詢',
        ',E224567894,AC,一般查詢',
        '李大同,B120112236,AD,',
        '李小同,A123456789,AE,一般查詢',
        '張三,F223456786,AB,一般查詢',
      ].join('\n'),
    );
    const { rows, problems } = checkRoster(entries, resolver);
    assert.deepEqual(
      problems.map((p) => [p.line, p.field, p.code, p.value]),
      [
        [2, 'nationalId', 'NATIONAL_ID_CHECKSUM', 'A12****788'],
        [3, 'serial', 'SERIAL_FORMAT', 'XYZ'],
        [4, 'name', 'REQUIRED', undefined],
        [5, 'permissions', 'PERMISSION_REQUIRED', undefined],
        [6, 'nationalId', 'ROSTER_DUPLICATE_PERSON', 'A12****789'],
        [7, 'serial', 'ROSTER_DUPLICATE_SERIAL', 'AB'],
      ],
    );
    assert.equal(problems[4]?.text['zh-TW'], '同一人出現兩次：與第 3 列的身分證統一編號相同。');
    assert.deepEqual(rows, []);
  });
});
