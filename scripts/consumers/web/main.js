// A plain HTML page built with Vite: one import registers every gepi-* tag on first use, the
// client points at the registration API, and the virtual card reader holds the API's demo cards.
import '@gepi/elements/autoload.js';
import { GepiClient } from '@gepi/sdk';
import { demoCardsFromExport } from '@gepi/sdk/testing';
import { VirtualTokenProvider, virtualCardFromIssued } from '@gepi/sdk/virtual';

const api = import.meta.env.VITE_GEPI_API; // your registration API, e.g. http://localhost:8787

const provider = document.querySelector('gepi-provider');
provider.client = new GepiClient({ baseUrl: api });
provider.tokens = new VirtualTokenProvider({ readers: ['讀卡機 1'] });

// Demo only: the demo server's cards (GET /demo/pki includes their private keys).
const exported = await (await fetch(new URL('/demo/pki', api))).json();
const cards = await demoCardsFromExport(exported, ['ORG-10001', 'CIT-WANG']);
document.querySelector('gepi-virtual-reader').cards = cards.map((card) => ({
  label: card.label,
  card: virtualCardFromIssued(card),
}));
