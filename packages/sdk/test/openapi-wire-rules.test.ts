// The input rules of the OpenAPI document against the validators the server runs: for each
// domain field, thousands of inputs (the forms' own examples, mutated at random, with control,
// bidi, full-width and non-ASCII digits mixed in) go through both the field's JSON Schema in the
// document (ajv, as a generated client's validator would) and the contract's zod field (the
// server). A value the document accepts must be accepted by the server, except for the checks a
// pattern cannot state, which the document names in words (a national ID's check digit, a phone
// number's area code and length); and a trimmed value the server accepts must be accepted by the
// document (which describes values as sent, trimmed).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type * as z from 'zod/mini';
import { buildOpenApiDocument } from '../src/api/index.js';
import * as s from '../src/api/schemas.js';

type Json = Record<string, unknown>;
const document = buildOpenApiDocument({ version: 'test' });
const schemas = (document['components'] as { schemas: Record<string, Json> }).schemas;
const property = (component: string, name: string) =>
  (schemas[component]!['properties'] as Record<string, Json>)[name]!;
const queryParameter = (path: string, name: string): Json => {
  const op = (document['paths'] as Record<string, Record<string, Json>>)[path]!['get']!;
  return (op['parameters'] as Json[]).find((p) => p['name'] === name)!['schema'] as Json;
};

const ajv = new Ajv2020({ strict: false });

/** A small deterministic PRNG (mulberry32), so a failure repeats. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters that matter to some rule: separators, full-width and other scripts' digits, controls, bidi. */
const NOISE = [
  ..."0123456789ABCDEFabcdefxyzXYZ @.-_():+#/'",
  ' ',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u3000',
  '\u202e',
  '\u2066',
  '\u200e',
  '\u061c',
  '\ud800',
  '\udc00',
  '１',
  'Ａ',
  '٣',
  '०',
  '林',
  '美',
  '惠',
  '𠀀',
  'é',
];

function mutations(seeds: readonly string[], count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const out = new Set<string>(seeds);
  while (out.size < count) {
    let text = pick(seeds);
    const edits = 1 + Math.floor(next() * 3);
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(next() * (text.length + 1));
      const kind = next();
      if (kind < 0.4) text = text.slice(0, at) + pick(NOISE) + text.slice(at);
      else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1);
      else text = text.slice(0, at) + pick(NOISE) + text.slice(at + 1);
    }
    out.add(text);
  }
  return [...out];
}

interface Case {
  name: string;
  json: Json;
  field: z.ZodMiniType;
  seeds: string[];
  /** Why the server may refuse a value the document accepts (a check a pattern cannot state). */
  semantic?: readonly string[];
  /** Trimmed values the server takes that the document (describing the usual typing) does not. */
  serverOnly?: (text: string) => boolean;
  /** How many of the inputs the server must accept for the corpus to count (default 20). */
  minAccepted?: number;
}

const reasonOf = (result: ReturnType<z.ZodMiniType['safeParse']>): string | undefined =>
  (result.error?.issues[0] as { params?: { reason?: string } } | undefined)?.params?.reason;

const CASES: Case[] = [
  {
    name: 'agencyCode',
    json: queryParameter('/api/v1/receipts', 'agencyCode'),
    field: s.agencyCodeField,
    seeds: ['10002', '00000', '99999', '1000', '100021'],
  },
  {
    name: 'nationalId',
    json: property('HandlerInput', 'nationalId'),
    field: s.nationalIdField,
    seeds: [
      ...['A123456789', 'F223456786', 'A800000014', 'AA23456787', 'B120112236', 'E224567894'],
      ...['H123456786', 'K222333448', 'R120405060', 'P156781235', 'L211223342', 'N135792460'],
      ...['a123456789', 'A323456789'],
    ],
    // Most mutations break the check digit.
    minAccepted: 12,
    semantic: ['NATIONAL_ID_CHECKSUM', 'NATIONAL_ID_OLD_FORMAT_EXPIRED'],
  },
  {
    name: 'serial',
    json: property('HandlerInput', 'serial'),
    field: s.serialField,
    seeds: [
      '100048210DD2DF2E128096A9282B0003',
      '10:00:48:21:0d:d2',
      '00 1A',
      '0',
      'F'.repeat(40),
      'F'.repeat(41),
      `0000${'1'.repeat(40)}`,
    ],
    // Tabs and line breaks between bytes (pasted from a viewer) are taken, not documented.
    serverOnly: (text) => /[^\S ]/.test(text),
  },
  {
    name: 'name',
    json: property('ContactInput', 'name'),
    field: s.personNameField,
    seeds: ['林美惠', '王 大明', "O'Brien", 'José', '陳志豪'.repeat(17), 'x'],
  },
  {
    name: 'email',
    json: property('ContactInput', 'email'),
    field: s.emailField,
    seeds: [
      'lin.meihui@example.org',
      'a@b.cd',
      'x+y@sub.example.gov.tw',
      'user@xn--fiqs8s.tw',
      'a..b@example.org',
      `${'a'.repeat(64)}@example.org`,
      `${'a'.repeat(65)}@example.org`,
    ],
  },
  {
    name: 'phone',
    json: property('ContactInput', 'phone'),
    field: s.phoneField,
    seeds: [
      '(02)2701-3411',
      '02-2701-3411',
      '+886 2 2701 3411',
      '0912-345-678',
      '0800-364-422',
      '(037)32-1234',
    ],
    semantic: ['PHONE_AREA_CODE', 'PHONE_LENGTH', 'PHONE_FORMAT', 'PHONE_EXTENSION_IN_NUMBER'],
  },
  {
    name: 'extension',
    json: property('ContactInput', 'extension'),
    field: s.extensionField,
    seeds: ['123', '5312', '123456', '1234567', ''],
  },
  {
    name: 'remarks',
    json: property('ContactInput', 'remarks'),
    field: s.remarksField,
    seeds: ['請於上班時間聯絡', 'line 1\nline 2', '\ttabbed', '', 'x'.repeat(200)],
  },
  {
    name: 'q',
    json: queryParameter('/api/v1/handlers', 'q'),
    field: s.searchField,
    seeds: ['林', 'F223456786', '1000482', '', 'x'.repeat(50)],
  },
];

describe('OpenAPI input rules agree with the validators the server runs', () => {
  for (const c of CASES) {
    it(`${c.name}: what the document accepts the server accepts, and the other way round`, () => {
      const documented = ajv.compile(c.json);
      let accepted = 0;
      const wrong: string[] = [];
      for (const text of mutations(c.seeds, 3000, c.name.length * 7919)) {
        const byDocument = documented(text);
        const byServer = c.field.safeParse(text);
        if (byServer.success) accepted++;
        if (byDocument && !byServer.success && !c.semantic?.includes(reasonOf(byServer) ?? '')) {
          wrong.push(`document accepts, server refuses (${reasonOf(byServer)}): ${JSON.stringify(text)}`);
        }
        const trimmed = text === text.trim();
        if (trimmed && byServer.success && !byDocument && !c.serverOnly?.(text)) {
          wrong.push(`server accepts, document refuses: ${JSON.stringify(text)}`);
        }
      }
      assert.deepEqual(wrong.slice(0, 10), []);
      // The corpus must exercise both sides.
      assert.ok(accepted >= (c.minAccepted ?? 20), `${c.name}: only ${accepted} accepted inputs`);
    });
  }

  it('the rules are in the document: patterns and lengths on every required text field', () => {
    for (const [component, field] of [
      ['ContactInput', 'name'],
      ['ContactInput', 'email'],
      ['ContactInput', 'phone'],
      ['ReviewApplication', 'applicantName'],
      ['ReviewApplication', 'phone'],
      ['HandlerInput', 'serial'],
      ['HandlerInput', 'name'],
      ['HandlerInput', 'nationalId'],
    ] as const) {
      const schema = property(component, field);
      assert.equal(typeof schema['pattern'], 'string', `${component}.${field}`);
      assert.ok((schema['minLength'] as number) >= 1, `${component}.${field}`);
    }
    assert.equal(property('ChallengeRequest', 'agencyCode')['pattern'], '^[0-9]{5}$');
    assert.equal(typeof property('ReviewRejection', 'reason')['pattern'], 'string');
  });
});
