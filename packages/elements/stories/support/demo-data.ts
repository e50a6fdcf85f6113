// What the presentational stories show: the demo dataset's agencies, people and cards (the same
// ones the clickable flows use), at a fixed moment so that dates, expiry warnings and the terms'
// download time never change between runs. Plus the edge cases a designer must see: long names,
// an empty list, 10,000 handlers.
import { maskNationalId } from '@gepi/sdk';
import { citizenSubjectSerial, loadDemoDataset } from '@gepi/sdk/testing';
import type { DemoAgency, DemoCard, DemoCitizenCard, DemoOrgCard, DemoPerson } from '@gepi/sdk/testing';
import type {
  CardInReader,
  CitizenCertPanel,
  HandlerListAgency,
  HandlerListItem,
  OrgCertPanel,
  PermissionNode,
  ReceiptRow,
} from '@gepi/elements';

/** 2022-11-14 14:46:46 in Taipei: the moment of the manual's figures. */
export const DEMO_NOW = new Date('2022-11-14T06:46:46Z');
export const demoClock = (): Date => DEMO_NOW;

const DAY_MS = 86_400_000;
const dataset = loadDemoDataset();

function find<T>(items: readonly T[], match: (item: T) => boolean, what: string): T {
  const found = items.find(match);
  if (!found) throw new Error(`demo dataset has no ${what}`);
  return found;
}

export const agency = (code: string): DemoAgency =>
  find(dataset.agencies, (a) => a.code === code, `agency ${code}`);
export const person = (nationalId: string): DemoPerson =>
  find(dataset.people, (p) => p.nationalId === nationalId, `person ${nationalId}`);
export const demoCard = (id: string): DemoCard => find(dataset.cards, (c) => c.id === id, `card ${id}`);

function orgCard(id: string): DemoOrgCard {
  const card = demoCard(id);
  if (card.kind !== 'org') throw new Error(`${id} is not an organization card`);
  return card;
}

function citizenCard(id: string): DemoCitizenCard {
  const card = demoCard(id);
  if (card.kind !== 'citizen') throw new Error(`${id} is not a citizen card`);
  return card;
}

/** A card's validity, its dataset days counted from {@link DEMO_NOW}. */
export function validity(card: DemoCard): { notBefore: string; notAfter: string } {
  const [from, to] = card.validDays;
  return {
    notBefore: new Date(DEMO_NOW.getTime() + from * DAY_MS).toISOString(),
    notAfter: new Date(DEMO_NOW.getTime() + to * DAY_MS).toISOString(),
  };
}

/** The subject DN as the demo PKI writes it (the CA's layout, with the 測試用 marker). */
function orgDn(card: DemoOrgCard, name: string): string {
  return card.ca === 'MOEACA'
    ? `C=TW, O=${name}, OU=測試用, serialNumber=${card.orgId}`
    : `C=TW, O=${name}, OU=測試用`;
}

function citizenDn(card: DemoCitizenCard, name: string): string {
  return `C=TW, OU=測試用, CN=${name}, serialNumber=${citizenSubjectSerial(card.cardNumber)}`;
}

/** 機關(組織)憑證資訊 of an organization card, as the server reports it. */
export function orgPanel(cardId: string, overrides: Partial<OrgCertPanel> = {}): OrgCertPanel {
  const card = orgCard(cardId);
  const name = overrides.agencyName ?? agency(card.agency).name;
  return {
    agencyCode: card.agency,
    agencyName: name,
    orgId: card.orgId,
    serial: card.serial,
    cardNumber: card.cardNumber,
    subjectDn: orgDn(card, name),
    ...validity(card),
    ca: card.ca,
    // 卡別 as the API sends it: the demo cards are all 正卡.
    cardType: { 'zh-TW': '正卡', en: 'primary card' },
    ...overrides,
  };
}

/** 授權管理者自然人憑證資訊 of a citizen card (the ID masked by the element). */
export function citizenPanel(cardId: string, overrides: Partial<CitizenCertPanel> = {}): CitizenCertPanel {
  const card = citizenCard(cardId);
  return {
    nationalIdMasked: maskNationalId(card.person),
    serial: card.serial,
    cardNumber: card.cardNumber,
    subjectDn: citizenDn(card, person(card.person).name),
    ...validity(card),
    ...overrides,
  };
}

/** What <gepi-card-confirm> shows of a card in the reader. */
export function cardInReader(cardId: string): CardInReader {
  const card = demoCard(cardId);
  const holderName = card.kind === 'org' ? agency(card.agency).name : person(card.person).name;
  return { holderName, ca: card.ca, ...validity(card), serial: card.serial, cardNumber: card.cardNumber };
}

/** The permission catalog (功能選單) the API serves. */
export const permissionCatalog: readonly PermissionNode[] = dataset.permissions;

const permissionLabels = new Map<string, string>();
(function walk(nodes: readonly PermissionNode[]) {
  for (const node of nodes) {
    permissionLabels.set(node.id, node.label);
    if (node.children) walk(node.children);
  }
})(permissionCatalog);

/** 使用者資訊 of a registered agency. */
export function agencyInfo(code: string): HandlerListAgency {
  const a = agency(code);
  return { code: a.code, name: a.name, managerName: a.manager ? person(a.manager.person).name : '' };
}

/** An agency's handlers on file, as the handler list receives them. */
export function handlersOf(code: string): HandlerListItem[] {
  return (agency(code).handlers ?? []).map((h, i) => {
    const card = demoCard(h.card);
    return {
      id: i + 1,
      name: person(h.person).name,
      nationalIdMasked: maskNationalId(h.person),
      notAfter: validity(card).notAfter,
      permissions: h.permissions,
      permissionLabels: h.permissions.map((p) => permissionLabels.get(p) ?? p),
    };
  });
}

// ── long text ────────────────────────────────────────────────────────────────────────────────────

/** An agency name at the length real ones reach (a hospital branch with its unit). */
export const LONG_AGENCY_NAME =
  '國立臺灣測試大學醫學院附設醫院新竹臺大分院生醫醫院竹東分院人事室公教人員保險業務承辦單位';
/** A person's name at the length the name field allows: an Indigenous name in Han characters with its middle dots. */
export const LONG_PERSON_NAME = '瑪法琉·阿浪·巴拉冠·撒韻·伊斯坦大·卡那卡那富·尤道';
/** A resident's name in Latin letters, as on a 居留證 card. */
export const LONG_LATIN_NAME = 'Maximiliana Alejandra de los Ángeles Fernández-Wójcik';

// ── 10,000 handlers ──────────────────────────────────────────────────────────────────────────────

const SURNAMES = '陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高';
const GIVEN = [
  '淑芬',
  '美惠',
  '志豪',
  '宗翰',
  '雅婷',
  '家豪',
  '怡君',
  '俊傑',
  '佩君',
  '建國',
  '明哲',
  '文傑',
  '雅文',
  '志明',
  '冠宇',
  '詩涵',
];
const ID_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
// Values of the first letter in the national ID checksum (A=10 … O=35), in the order above.
const letterValue = (letter: string): number => ID_LETTERS.indexOf(letter) + 10;

/** A well-formed 身分證統一編號 (checksum valid), made from a number. */
function nationalId(n: number): string {
  const letter = ID_LETTERS[n % 26] ?? 'A';
  const gender = 1 + (n % 2);
  const digits = String(Math.floor(n / 26) % 10_000_000).padStart(7, '0');
  const body = `${gender}${digits}`;
  const v = letterValue(letter);
  const weights = [8, 7, 6, 5, 4, 3, 2, 1];
  let sum = Math.floor(v / 10) + (v % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (weights[i] ?? 0);
  return `${letter}${body}${(10 - (sum % 10)) % 10}`;
}

/**
 * `count` handlers with names, masked IDs and certificate expiry spread so that some rows carry the
 * expiring and expired badges. Deterministic.
 */
export function manyHandlers(count: number): HandlerListItem[] {
  const items: HandlerListItem[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`;
    // Expiry from 30 days ago to ~5 years ahead.
    const days = ((i * 37) % 1860) - 30;
    items.push({
      id: i + 1,
      name,
      nationalIdMasked: maskNationalId(nationalId(i * 7919 + 13)),
      notAfter: new Date(DEMO_NOW.getTime() + days * DAY_MS).toISOString(),
      permissions: ['premium.change'],
      permissionLabels: ['異動登錄'],
    });
  }
  return items;
}

// ── receipts ─────────────────────────────────────────────────────────────────────────────────────

/** 收件紀錄 of an agency: its first registration and the swaps since. */
export function receiptsOf(code: string): ReceiptRow[] {
  const a = agency(code);
  const at = (days: number, hh: number, mm: number): string =>
    new Date(Date.UTC(2016, 3, 22 + days, hh - 8, mm, 34)).toISOString();
  return [
    { id: 1, agencyCode: a.code, agencyName: a.name, receivedAt: at(0, 14, 36), item: 'first-registration' },
    { id: 2, agencyCode: a.code, agencyName: a.name, receivedAt: at(731, 9, 5), item: 'swap-org' },
    { id: 3, agencyCode: a.code, agencyName: a.name, receivedAt: at(1461, 16, 48), item: 'swap-manager' },
    { id: 4, agencyCode: a.code, agencyName: a.name, receivedAt: at(2190, 10, 12), item: 'swap-both' },
  ];
}
