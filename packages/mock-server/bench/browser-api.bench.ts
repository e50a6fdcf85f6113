// `npm run bench:browser -w @gepi/mock-server`: the in-browser registration API (what Storybook and
// the element tests start for every story or test) in Debian's Chromium, measured in one page:
//   1. time to ready, the demo PKI aside (issued once beforehand, as Storybook shares it per page):
//      the first createBrowserDemoApi() in the page (cold: fetches and compiles what it needs) and
//      the median of the next ones (warm);
//   2. what the first one fetched (resource timing: URL, bytes over the wire, bytes decoded);
//   3. a request's time once ready: the median of 200 GET /api/v1/receipts (routing, validation
//      and a store query).
// Prints one JSON line per measure. A benchmark, not a test: it asserts nothing.
import { issueDemoPki } from '@gepi/sdk/testing';
import { createBrowserDemoApi } from '../src/browser.js';

const mocha = globalThis as unknown as {
  it: (title: string, body: (this: { timeout(ms: number): void }) => Promise<void>) => void;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => Math.round(value * 10) / 10;

mocha.it('in-browser API: time to ready, bytes fetched, request time', async function () {
  this.timeout(120_000);
  const pki = await issueDemoPki();
  const options = { origins: ['https://portal.example'], pki };

  performance.setResourceTimingBufferSize(100_000);
  performance.clearResourceTimings();
  let t0 = performance.now();
  const first = await createBrowserDemoApi(options);
  const cold = performance.now() - t0;
  const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
    url: r.name.replace(location.origin, ''),
    transferBytes: r.transferSize,
    decodedBytes: r.decodedBodySize,
  }));
  first.api.close();

  const warm: number[] = [];
  for (let i = 0; i < 15; i++) {
    t0 = performance.now();
    const demo = await createBrowserDemoApi(options);
    warm.push(performance.now() - t0);
    demo.api.close();
  }
  console.log(
    JSON.stringify({ measure: 'time to ready (ms)', cold: ms(cold), warmMedian: ms(median(warm)) }),
  );
  console.log(
    JSON.stringify({
      measure: 'fetched by the first createBrowserDemoApi()',
      totalDecodedBytes: fetched.reduce((sum, r) => sum + r.decodedBytes, 0),
      files: fetched,
    }),
  );

  const demo = await createBrowserDemoApi(options);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    t0 = performance.now();
    const response = await demo.api.fetch(
      new Request('https://api.example/api/v1/receipts?agencyCode=10002'),
    );
    await response.text();
    times.push(performance.now() - t0);
  }
  demo.api.close();
  console.log(JSON.stringify({ measure: 'GET /api/v1/receipts once ready (ms)', median: ms(median(times)) }));
});
