// 憑證狀態 of registered cards, for the handler health list and the manager's home page: valid,
// expiring (within 60 days), expired, revoked, or unknown. What the API can know:
// - the agency's org card and manager's card: their expiry is on the registration, their CA too;
// - a handler's card: the registration holds only its serial, so its expiry is known only if the
//   API has seen that certificate (a sign-in with it, 讀取憑證 on the handler form, or the demo
//   seed), in the seen_certificates registry. A serial never seen is `unknown`: the API does not
//   guess from the serial;
// - revocation: whether the CRL in use for the card's CA lists the serial. Without a current CRL
//   of that CA, "not listed" proves nothing (`revocationChecked: false`).
// Nothing here asks a CA: a card renewed at the CA is still the old serial on file until the
// manager reads the new card (讀取新卡更新序號).
import { CARD_EXPIRING_DAYS } from '@gepi/sdk/api';
import type { CardHealth } from '@gepi/sdk/api';
import type { CaKind } from '@gepi/sdk/certs';
import type { ApiContext } from '../context.js';
import type { HandlerRecord, RegistrationRecord, SeenCertificate } from '../store/types.js';
import { normalSerial } from './cards.js';

const DAY_MS = 86_400_000;

/** The state of one certificate: `known` gives its CA and expiry; undefined means never seen. */
export function cardHealth(
  ctx: ApiContext,
  known: { ca: CaKind; serial: string; notAfter: string } | undefined,
  now: Date,
): CardHealth {
  if (!known) return { state: 'unknown', notAfter: null, daysLeft: null, revocationChecked: false };
  const { revoked, current } = ctx.verifier.revocationOf(known.ca, normalSerial(known.serial), now);
  const notAfter = new Date(known.notAfter);
  const left = notAfter.getTime() - now.getTime();
  const daysLeft = Math.floor(left / DAY_MS);
  const state = revoked
    ? 'revoked'
    : left <= 0
      ? 'expired'
      : left <= CARD_EXPIRING_DAYS * DAY_MS
        ? 'expiring'
        : 'valid';
  return { state, notAfter: notAfter.toISOString(), daysLeft, revocationChecked: current };
}

/** The agency's registered org card and manager's citizen card (MOICA). */
export function registeredCardsHealth(ctx: ApiContext, registration: RegistrationRecord, now: Date) {
  return {
    org: cardHealth(ctx, registration.org, now),
    manager: cardHealth(ctx, { ...registration.manager, ca: 'MOICA' }, now),
  };
}

/** Each handler's citizen card (MOICA), by handler id, from the certificates the API has seen. */
export function handlersHealth(
  ctx: ApiContext,
  handlers: readonly HandlerRecord[],
  now: Date,
): Map<number, CardHealth> {
  const seen = new Map<string, SeenCertificate>();
  for (const cert of ctx.store.findCertificates(handlers.map((h) => normalSerial(h.serial)))) {
    if (cert.kind === 'citizen') seen.set(cert.serial, cert);
  }
  return new Map(handlers.map((h) => [h.id, cardHealth(ctx, seen.get(normalSerial(h.serial)), now)]));
}

/**
 * Functions that joined the catalog after the handler last changed and that it lacks: shown to
 * the manager, never granted. A function without `addedAt` has always been in the catalog.
 */
export function newPermissionsOf(ctx: ApiContext, handler: HandlerRecord): string[] {
  const changed = Date.parse(handler.updatedAt);
  const has = new Set(handler.permissions);
  const out: string[] = [];
  for (const [id, added] of ctx.permissions.addedAt) {
    if (added > changed && !has.has(id)) out.push(id);
  }
  return out;
}
