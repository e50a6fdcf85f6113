// Which card a certificate is: its issuing CA and its serial together. Serials are unique only
// within one CA (GCA and XCA, for one, issue agency cards of the same shape, and each numbers its
// own), so a registered card is matched by both, never by its serial alone.
import type { CaKind } from '@gepi/sdk/certs';

/** A serial as CRLs and registries compare it: uppercase hex, no leading zeros. */
export function normalSerial(serial: string): string {
  return serial.toUpperCase().replace(/^0+(?=.)/, '');
}

/** Whether two card references name the same certificate: same issuing CA, same serial. */
export function sameCard(a: { ca: CaKind; serial: string }, b: { ca: CaKind; serial: string }): boolean {
  return a.ca === b.ca && normalSerial(a.serial) === normalSerial(b.serial);
}

/**
 * The same for a citizen card against a registered manager: citizen certificates come only from the
 * citizen CA (MOICA, which the verifier checks), so the registry keeps the serial alone.
 */
export function sameCitizenCard(card: { ca: CaKind; serial: string }, manager: { serial: string }): boolean {
  return sameCard(card, { ca: 'MOICA', serial: manager.serial });
}
