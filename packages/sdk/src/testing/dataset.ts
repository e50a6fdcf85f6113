// The demo and acceptance dataset (agencies, people, cards, permission catalog), typed.
// demo-dataset.json (byte-identical to the shared fixture) is the source of truth;
// demo-dataset.data.ts is its copy as a module, because a JSON import is not portable here:
// esbuild (web-test-runner) drops the `with { type: 'json' }` attribute for an ES2022 target so
// Chromium refuses the module, and the rollup build has no JSON plugin. A Node test
// (test/pki-dataset.test.ts) fails when the two differ and can rewrite the copy.
import type { CaKind, OrgCaKind } from '../certs/profile.js';
import { DEMO_DATASET } from './demo-dataset.data.js';

export type { CaKind, OrgCaKind };

export type AgencyState = 'unregistered' | 'registered' | 'pending-review';

export interface DemoManager {
  /** National ID of the person (see `people`). */
  person: string;
  /** Card id (see `cards`). */
  card: string;
  email: string;
  phone: string;
  ext: string;
  remarks: string;
}

export interface DemoHandler {
  person: string;
  card: string;
  permissions: string[];
}

export interface DemoAgency {
  /** 機關代號, 5 digits. */
  code: string;
  name: string;
  region: string;
  orgCa: OrgCaKind;
  /** The 機關(組織)OID on file (a card's may differ: the mismatch case). */
  orgId: string;
  /** What the mock API holds before anyone acts. */
  state: AgencyState;
  manager?: DemoManager;
  handlers?: DemoHandler[];
  review?: { applicant: string; phone: string };
}

export interface DemoPerson {
  nationalId: string;
  name: string;
  note?: string;
}

interface DemoCardBase {
  id: string;
  label: string;
  /** Certificate serial of the signing certificate, uppercase hex. */
  serial: string;
  cardNumber: string;
  pin: string;
  /** Days relative to issuance: [notBefore, notAfter]; negative is in the past. */
  validDays: [number, number];
  pinTriesLeft?: number;
  revoked?: boolean;
}

export interface DemoOrgCard extends DemoCardBase {
  kind: 'org';
  ca: OrgCaKind;
  /** 機關代號 of the holder. */
  agency: string;
  orgId: string;
}

export interface DemoCitizenCard extends DemoCardBase {
  kind: 'citizen';
  ca: 'MOICA';
  /** National ID of the holder. */
  person: string;
}

export type DemoCard = DemoOrgCard | DemoCitizenCard;

export interface DemoPermission {
  id: string;
  label: string;
  children?: DemoPermission[];
}

export interface DemoDataset {
  about: string;
  agencies: DemoAgency[];
  people: DemoPerson[];
  cards: DemoCard[];
  permissions: DemoPermission[];
}

/** A fresh copy of the demo dataset (callers may change it freely). */
export function loadDemoDataset(): DemoDataset {
  return structuredClone(DEMO_DATASET);
}
