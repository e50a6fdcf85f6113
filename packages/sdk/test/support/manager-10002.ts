// The set-up the script-surface and roster tests share: the registration API (Node, SQLite in
// memory, demo seed, sign-ins not rate-limited) over real HTTP, and signing in as the manager of
// 10002 (國立臺灣測試大學) with the org card ORG-10002 and 林美惠's citizen card (CIT-LIN), through
// whichever token provider the test reads its cards with (virtual cards, SoftHSM2 over PKCS#11).
import { startServer } from '@gepi/mock-server/node';
import type { RunningServer } from '@gepi/mock-server/node';
import { GepiClient } from '@gepi/sdk';
import type { TokenProvider } from '@gepi/sdk';
import { signInManager } from '@gepi/sdk/roster';
import type { ManagerSession } from '@gepi/sdk/roster';
import type { DemoPki } from '@gepi/sdk/testing';

/** The demo registration API on 127.0.0.1, port 0, SQLite in memory. */
export function startDemoApi(pki: DemoPki): Promise<RunningServer> {
  return startServer({
    db: ':memory:',
    seed: 'demo',
    pki,
    limits: { signInsPerMinute: Infinity },
    logger: { warn: () => undefined, error: (message, fields) => console.error(message, fields) },
  });
}

export interface Desk {
  server: RunningServer;
  client: GepiClient;
  tokens: TokenProvider;
  pki: DemoPki;
}

/** A client for `server`. */
export function clientOf(server: RunningServer): GepiClient {
  return new GepiClient({ baseUrl: server.url });
}

/** Signs in as 林美惠, the manager of 10002, with ORG-10002 and CIT-LIN from `desk.tokens`. */
export function signInManager10002(desk: Desk): Promise<ManagerSession> {
  return signInManager({
    client: desk.client,
    tokens: desk.tokens,
    origin: desk.server.url,
    agencyCode: '10002',
    nationalId: 'F223456786',
    orgPin: desk.pki.card('ORG-10002').pin,
    managerPin: desk.pki.card('CIT-LIN').pin,
  });
}
