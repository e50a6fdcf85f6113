// The card steps and the provider's connection status, against the real registration API
// in-process: while the card component is not ready (Fortify not running, waiting for approval,
// refused, connection lost) the flow carries that status and never reads as "no card"; a sign-in
// then fails with the connection's error, not TOKEN_NOT_PRESENT; once ready, the card is read and
// the connection error is dropped by itself.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createFirstRegistrationFlow } from '../src/flows/index.js';
import { issueDemoPki } from '../src/testing/index.js';
import type { DemoPki } from '../src/testing/index.js';
import { ORIGIN, desk, inProcessApi } from './flows-harness.js';
import type { InProcessApi } from './flows-harness.js';
import { PIN, failed, ok, until } from './flows-scenarios.js';
import { ConnectingProvider } from './support/connecting-provider.js';

describe('card steps: the provider connection status', () => {
  let pki: DemoPki;
  const apis: InProcessApi[] = [];
  before(async () => {
    pki = await issueDemoPki();
  });
  after(() => apis.forEach((api) => api.close()));

  async function fresh(): Promise<InProcessApi> {
    const api = await inProcessApi(pki);
    apis.push(api);
    return api;
  }

  it('carries the status from the start and follows every change', async () => {
    const { client } = await fresh();
    const d = await desk(pki);
    const tokens = new ConnectingProvider(d.tokens, { state: 'connecting' });
    const flow = createFirstRegistrationFlow({ client, tokens, origin: ORIGIN });
    assert.deepEqual(flow.state.data.provider, { state: 'connecting' });
    for (const status of [
      { state: 'not-running', retryInMs: 2000 },
      { state: 'pairing', code: '482913' },
      { state: 'denied' },
      { state: 'disconnected' },
      { state: 'ready' },
    ] as const) {
      tokens.set(status);
      assert.deepEqual(flow.state.data.provider, status);
    }
    flow.dispose();
    await d.close();
  });

  it('never says "no card" while not ready, even with an empty reader; ready then reads the reader', async () => {
    const { client } = await fresh();
    const d = await desk(pki);
    const tokens = new ConnectingProvider(d.tokens, { state: 'not-running' });
    const flow = createFirstRegistrationFlow({ client, tokens, origin: ORIGIN });
    ok(flow.acceptTerms(), 'org-card');
    await new Promise((resolve) => setTimeout(resolve, 20));
    // undefined = not read; null would be "insert a card".
    assert.equal(flow.state.data.card, undefined);
    assert.equal(flow.state.data.provider?.state, 'not-running');

    tokens.set({ state: 'pairing', code: '031415' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(flow.state.data.card, undefined);

    tokens.set({ state: 'ready' });
    const empty = await until(flow, (s) => s.data.card !== undefined);
    assert.equal(empty.data.card, null, 'ready with an empty reader: now it is "insert a card"');

    d.insert('ORG-10001');
    const read = await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10001'));
    assert.equal(read.data.card?.certificate?.holder, '臺北市政府人事處');

    // The connection drops: the card that was read is forgotten, not turned into "no card".
    tokens.set({ state: 'disconnected' });
    assert.equal(flow.state.data.card, undefined);
    assert.equal(flow.state.data.provider?.state, 'disconnected');
    flow.dispose();
    await d.close();
  });

  it('fails a sign-in with the connection error, and drops it once the provider is ready', async () => {
    const { client, requests } = await fresh();
    const d = await desk(pki);
    d.insert('ORG-10001');
    const tokens = new ConnectingProvider(d.tokens, { state: 'not-running' });
    const flow = createFirstRegistrationFlow({ client, tokens, origin: ORIGIN });
    ok(flow.acceptTerms(), 'org-card');

    failed(await flow.signInOrg({ agencyCode: '10001', pin: PIN }), 'PROVIDER_UNAVAILABLE');
    assert.equal(flow.state.step, 'org-card');
    assert.equal(flow.state.data.card, undefined);

    tokens.set({ state: 'denied' });
    failed(await flow.signInOrg({ agencyCode: '10001', pin: PIN }), 'APPROVAL_REFUSED');
    assert.equal(
      requests.filter((r) => r.path.includes('challenge')).length,
      0,
      'no challenge is asked for while the card component is not ready',
    );

    tokens.set({ state: 'ready' });
    const cleared = await until(flow, (s) => s.data.card?.cardId === d.cardId('ORG-10001'));
    assert.equal(cleared.error, undefined, 'the connection error no longer holds');
    ok(await flow.signInOrg({ agencyCode: '10001', pin: PIN }), 'citizen-card');
    flow.dispose();
    await d.close();
  });
});
