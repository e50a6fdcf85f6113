// React 19 renders custom elements natively: props become properties of a defined element, and
// `ongepi-…` props listen to the elements' events. `@gepi/elements/react` types every gepi-* tag.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type {} from '@gepi/elements/react';
import '@gepi/elements/components/provider/gepi-provider.js';
import '@gepi/elements/components/authorization/gepi-authorization.js';
import '@gepi/elements/components/virtual-reader/gepi-virtual-reader.js';
import type { GepiStepChangeEvent } from '@gepi/elements';
import { GepiClient } from '@gepi/sdk';
import { demoCardsFromExport } from '@gepi/sdk/testing';
import { VirtualTokenProvider, virtualCardFromIssued } from '@gepi/sdk/virtual';

const api: string = import.meta.env.VITE_GEPI_API;
const client = new GepiClient({ baseUrl: api });
const tokens = new VirtualTokenProvider({ readers: ['讀卡機 1'] });

// Demo only: the demo server's cards (GET /demo/pki includes their private keys).
const exported = await (await fetch(new URL('/demo/pki', api))).json();
const cards = (await demoCardsFromExport(exported, ['ORG-10002', 'CIT-LIN'])).map((card) => ({
  label: card.label,
  card: virtualCardFromIssued(card),
}));

function App() {
  const [steps, setSteps] = useState<string[]>([]);
  const onStep = (event: GepiStepChangeEvent) => setSteps((list) => [...list, event.detail.step]);
  return (
    <gepi-provider client={client} tokens={tokens} locale="zh-TW">
      <gepi-virtual-reader cards={cards} />
      <gepi-authorization ongepi-step-change={onStep} />
      <output aria-label="steps">{steps.join(' ')}</output>
    </gepi-provider>
  );
}

// The tags are typed, not `any`: each element below is a compile error, and tsc checks that it is.
export const typed = [
  // @ts-expect-error -- variant is 'org', 'manager' or 'both'
  <gepi-cert-swap key="variant" variant="everything" />,
  // @ts-expect-error -- a step change's detail has `step`, `from` and `flow`, not `card`
  <gepi-authorization key="event" ongepi-step-change={(event) => event.detail.card} />,
];

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
