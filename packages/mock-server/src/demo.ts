// The demo: seed data from the demo dataset (agencies, people, registered managers and handlers,
// the pending review) and the export of the demo PKI that GET /demo/pki serves to the demo
// portal's virtual card reader. Browser-safe. Registrations refer to cards by serial, which the
// dataset fixes, so a PKI issued anew (new keys) still matches the stored data.
import { readCertificate } from '@gepi/sdk/certs';
import { parsePhone } from '@gepi/sdk';
import { demoCardFacts, loadDemoDataset } from '@gepi/sdk/testing';
import type { DemoCard, DemoDataset, DemoPki, IssuedKey } from '@gepi/sdk/testing';
import type { DemoPkiExport } from './context.js';
import { normalSerial } from './services/cards.js';
import type { TrustConfig } from './services/verifier.js';
import type { AuditInput, SeedData } from './store/types.js';
import { bytesToBase64 } from './util/encoding.js';

const DAY_MS = 86_400_000;
/** [choice] The demo's registered agencies registered this long before the seed. */
const REGISTERED_DAYS_AGO = 30;

export interface CardDetails {
  subjectDn: string;
  notAfter: string;
  /** Known when read from an issued PKI; the seed then records the card as seen. */
  notBefore?: string;
}

/** Certificate details of the dataset's cards, read from an issued demo PKI. */
export function cardDetailsFromPki(pki: DemoPki): (cardId: string) => CardDetails {
  const details = new Map(
    pki.cards.map((card) => {
      // The small DER reader (the same fields as parseCertificate, tested so): ~40× faster at a first start.
      const info = readCertificate(card.signing.certificate);
      const dates = { notBefore: info.notBefore.toISOString(), notAfter: info.notAfter.toISOString() };
      return [card.id, { subjectDn: info.subjectDn, ...dates }] as const;
    }),
  );
  return (id) => {
    const found = details.get(id);
    if (!found) throw new Error(`Demo card ${id} is not in the PKI`);
    return found;
  };
}

export function demoSeed(
  now: Date,
  details?: (cardId: string) => CardDetails,
  dataset: DemoDataset = loadDemoDataset(),
): { data: SeedData; audit: AuditInput } {
  const cards = new Map(dataset.cards.map((c) => [c.id, c]));
  const people = new Map(dataset.people.map((p) => [p.nationalId, p]));
  const card = (id: string): DemoCard => {
    const found = cards.get(id);
    if (!found) throw new Error(`Demo dataset: no card ${id}`);
    return found;
  };
  const person = (nationalId: string) => {
    const found = people.get(nationalId);
    if (!found) throw new Error(`Demo dataset: no person ${nationalId}`);
    return found;
  };
  const cardDetails = (c: DemoCard): CardDetails =>
    details?.(c.id) ?? {
      subjectDn: '',
      notAfter: new Date(now.getTime() + c.validDays[1] * DAY_MS).toISOString(),
    };
  const registeredAt = new Date(now.getTime() - REGISTERED_DAYS_AGO * DAY_MS).toISOString();
  const at = now.toISOString();

  const data: SeedData = {
    agencies: dataset.agencies.map((a) => ({
      code: a.code,
      name: a.name,
      region: a.region,
      orgCa: a.orgCa,
      orgId: a.orgId,
      createdAt: at,
    })),
    people: dataset.people.map((p) => ({ nationalId: p.nationalId, name: p.name })),
    registrations: [],
    handlers: [],
    reviews: [],
    receipts: [],
  };

  for (const agency of dataset.agencies) {
    if (agency.state === 'registered' && agency.manager) {
      // [choice] The dataset names an agency's current org card ORG-<code>; renewals get a suffix.
      const org = dataset.cards.find((c) => c.id === `ORG-${agency.code}`);
      if (!org || org.kind !== 'org') throw new Error(`Demo dataset: no org card for ${agency.code}`);
      const managerCard = card(agency.manager.card);
      const manager = person(agency.manager.person);
      data.registrations.push({
        agencyCode: agency.code,
        org: { serial: org.serial, ca: org.ca, orgId: org.orgId, ...cardDetails(org) },
        manager: {
          serial: managerCard.serial,
          nationalId: manager.nationalId,
          certName: manager.name,
          ...cardDetails(managerCard),
        },
        contact: {
          name: manager.name,
          email: agency.manager.email,
          phone: parsePhone(agency.manager.phone).display,
          extension: agency.manager.ext,
          remarks: agency.manager.remarks,
        },
        registeredAt,
      });
      data.receipts.push({ agencyCode: agency.code, item: 'first-registration', receivedAt: registeredAt });
      for (const handler of agency.handlers ?? []) {
        data.handlers.push({
          agencyCode: agency.code,
          serial: card(handler.card).serial,
          name: person(handler.person).name,
          nationalId: handler.person,
          permissions: [...handler.permissions],
          at: registeredAt,
        });
      }
    }
    if (agency.state === 'pending-review' && agency.review) {
      const org = dataset.cards.find((c) => c.id === `ORG-${agency.code}`);
      if (!org || org.kind !== 'org') throw new Error(`Demo dataset: no org card for ${agency.code}`);
      data.reviews.push({
        agencyCode: agency.code,
        applicantName: agency.review.applicant,
        phone: parsePhone(agency.review.phone).display,
        card: { serial: org.serial, ca: org.ca, orgId: org.orgId, organizationName: agency.name },
        status: 'pending',
        submittedAt: at,
        decidedAt: null,
        effectiveFrom: null,
        reason: null,
      });
    }
  }

  // The demo PKI issued every card of the dataset: the API has "seen" them (source `seed`), so the
  // demo's handler list shows each card's state. Without an issued PKI there is nothing to record.
  if (details) {
    data.certificates = dataset.cards.map((c) => {
      const d = details(c.id);
      return {
        ca: c.ca,
        serial: normalSerial(c.serial),
        kind: c.kind,
        subjectDn: d.subjectDn,
        notBefore: d.notBefore ?? at,
        notAfter: d.notAfter,
        source: 'seed' as const,
      };
    });
  }

  return {
    data,
    audit: {
      at,
      action: 'seed.demo',
      agencyCode: null,
      actor: { kind: 'system', orgSerial: null, citizenSerial: null },
      target: null,
      changes: {
        agencies: data.agencies.length,
        registrations: data.registrations.length,
        handlers: data.handlers.length,
        reviews: data.reviews.length,
      },
      requestId: null,
    },
  };
}

/** The CA certificates and CRLs of a demo PKI, as the API's trust configuration. */
export function trustFromPki(pki: DemoPki): TrustConfig {
  const cas = Object.values(pki.cas);
  return {
    roots: [pki.root.certificate],
    intermediates: cas.map((ca) => ca.certificate),
    crls: [pki.root.crl, ...cas.map((ca) => ca.crl)].filter((crl): crl is Uint8Array => crl !== undefined),
  };
}

async function exportKey(key: IssuedKey) {
  const pkcs8 = new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', key.privateKey));
  return { certificate: bytesToBase64(key.certificate), privateKeyPkcs8: bytesToBase64(pkcs8) };
}

/** Everything the demo portal's virtual cards need, private keys included: demo only. */
export async function exportDemoPki(pki: DemoPki): Promise<DemoPkiExport> {
  const b64 = (bytes: Uint8Array | undefined) => (bytes ? bytesToBase64(bytes) : null);
  return {
    notice:
      'DEMO ONLY: test certificates and private keys of the demo PKI, kept beside the demo database until it is reset. Never trust them anywhere else.',
    issuedAt: pki.issuedAt.toISOString(),
    root: { certificate: bytesToBase64(pki.root.certificate), crl: b64(pki.root.crl) },
    cas: Object.fromEntries(
      Object.entries(pki.cas).map(([kind, ca]) => [
        kind,
        { certificate: bytesToBase64(ca.certificate), crl: b64(ca.crl) },
      ]),
    ),
    cards: await Promise.all(
      pki.cards.map(async (card) => ({
        ...demoCardFacts(card),
        notBefore: card.notBefore.toISOString(),
        notAfter: card.notAfter.toISOString(),
        signing: await exportKey(card.signing),
        ...(card.encryption ? { encryption: await exportKey(card.encryption) } : {}),
      })),
    ),
  };
}
