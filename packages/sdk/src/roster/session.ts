// A manager card session for scripts: signs in with the org card and the manager's citizen card
// (the same steps as 授權指派's first two screens, through any token provider) and hands back an
// object that carries the session to calls, knows when it expires, and ends it.
import type { SessionView } from '../api/schemas.js';
import type { CallOptions, GepiClient } from '../client/client.js';
import { CardSteps } from '../flows/card-step.js';
import type { CardView } from '../flows/card-step.js';
import { resolveOrigin } from '../flows/card-step.js';
import type { TokenProvider } from '../tokens/provider.js';

export interface ManagerSignInOptions {
  client: GepiClient;
  tokens: TokenProvider;
  /** 機關代號(五碼). */
  agencyCode: string;
  /** 授權管理者身分證統一編號. */
  nationalId: string;
  /** The org card's PIN, when the reader takes it from the caller (`pinEntry: 'page'`). */
  orgPin?: string;
  /** The manager card's PIN, likewise. */
  managerPin?: string;
  /** The origin the challenge is bound to; in Node, the server's own (a URL is cut to its origin). */
  origin?: string;
  /** Readers to use; by default the first reader holding a card of the right kind. */
  orgReaderId?: string;
  managerReaderId?: string;
  clock?: () => Date;
  signal?: AbortSignal;
}

/** A signed-in authorization manager: pass {@link ManagerSession.options} to calls. */
export interface ManagerSession {
  readonly agency: { code: string; name: string };
  readonly managerName: string | null;
  /**
   * The manager as signed in: the national ID given, and the serial of the citizen card that
   * signed (when the reader showed its certificate). A manager is never one of the handlers.
   */
  readonly manager: { readonly nationalId: string; readonly serial: string | undefined };
  /** When the server forgets the session (ISO 8601). */
  readonly expiresAt: string;
  /** Whether the session is still open on this side and not past `expiresAt`. */
  readonly active: boolean;
  /** Call options carrying the session (and `signal`, if given). */
  options(extra?: CallOptions): CallOptions;
  /** Ends the session on the server (退出). Never throws; a second call does nothing. */
  end(): Promise<void>;
}

/** Signs in as the agency's authorization manager: org card first, then the manager's citizen card. */
export async function signInManager(options: ManagerSignInOptions): Promise<ManagerSession> {
  const clock = options.clock ?? (() => new Date());
  const steps = new CardSteps({
    client: options.client,
    tokens: options.tokens,
    clock,
    origin: resolveOrigin(options.origin === undefined ? undefined : new URL(options.origin).origin),
    ...(options.orgReaderId !== undefined ? { readerId: options.orgReaderId } : {}),
  });
  const signal = options.signal ?? new AbortController().signal;
  let view: SessionView;
  let managerSerial: string | undefined;
  try {
    await steps.signInOrg(
      'assignment',
      { agencyCode: options.agencyCode, ...(options.orgPin !== undefined ? { pin: options.orgPin } : {}) },
      signal,
    );
    steps.readerId = options.managerReaderId;
    let card: CardView;
    ({ session: view, card } = await steps.signInCitizen(
      {
        nationalId: options.nationalId,
        ...(options.managerPin !== undefined ? { pin: options.managerPin } : {}),
      },
      signal,
      { manager: true },
    ));
    managerSerial = card.certificate?.serial;
  } catch (error) {
    await steps.endSession();
    throw error;
  }
  const agency = view.agency;
  if (!agency) {
    await steps.endSession();
    throw new TypeError('the manager sign-in answered without an agency');
  }
  let ended = false;
  return {
    agency: { code: agency.code, name: agency.name },
    managerName: view.managerName,
    manager: { nationalId: options.nationalId.trim().toUpperCase(), serial: managerSerial },
    expiresAt: view.expiresAt,
    get active() {
      return !ended && clock().getTime() < Date.parse(view.expiresAt);
    },
    options(extra: CallOptions = {}) {
      const carried = steps.session();
      return { ...extra, headers: { ...toRecord(extra.headers), ...toRecord(carried.headers) } };
    },
    async end() {
      ended = true;
      await steps.endSession();
    },
  };
}

function toRecord(headers: HeadersInit | undefined): Record<string, string> {
  if (headers === undefined) return {};
  const out: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => (out[name] = value));
  return out;
}
