// The demo portal itself, loaded by ./main.ts as a chunk of its own: virtual cards made from the
// demo PKI that GET /demo/pki serves (DEMO ONLY: it includes private keys), one reader, a client for
// the API on this page's origin, and <gepi-provider> around <gepi-portal> and the reader panel.
import { GepiClient } from '@gepi/sdk';
import type { TokenProvider } from '@gepi/sdk';
import { VirtualCard, VirtualTokenProvider } from '@gepi/sdk/virtual';
// Types only: the test PKI itself (key generation, @peculiar/x509) never reaches the page.
import type { DemoCardExport, DemoPkiExport } from '@gepi/sdk/testing';
import '../src/components/portal/gepi-portal.js';
import '../src/components/provider/gepi-provider.js';
import '../src/components/virtual-reader/gepi-virtual-reader.js';
import type { VirtualReaderCard } from '../src/components/virtual-reader/virtual-reader.component.js';

/** GET /demo/pki's answer, as far as the page reads it. */
export type DemoPkiResponse = Pick<DemoPkiExport, 'cards'>;

export interface MountOptions {
  pki: DemoPkiResponse;
  locale: 'zh-TW' | 'en';
  portalHost: HTMLElement;
  readerHost: HTMLElement;
  /** `virtual` (default): the virtual card reader desk; `fortify`: real or test-server cards through Fortify. */
  reader?: 'virtual' | 'fortify';
  /** Fortify's address in `fortify` mode. Default `127.0.0.1:31337`. */
  fortifyAddress?: string;
  /** What the page says after 回要保機關作業, in its current language. */
  exitedText?: () => string;
}

export interface MountedDemo {
  setLocale(locale: 'zh-TW' | 'en'): void;
  /** The PIN most demo cards share, and the cards with another one (for the page's hint). */
  commonPin: string;
  otherPins: { pin: string; labels: string[] }[];
}

/** The one reader of the demo, named as the manual's screens name readers. */
export const DEMO_READER = '讀卡機 1';

function bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

// Non-extractable, for exactly what the flows do: sign in with RSASSA-PKCS1-v1_5 / SHA-256. The
// encryption key is never used by a flow; it is imported so the card holds a real key pair as a
// citizen card does.
async function signingKey(pkcs8: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'pkcs8',
    bytes(pkcs8),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

async function encryptionKey(pkcs8: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', bytes(pkcs8), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, [
    'decrypt',
  ]);
}

async function virtualCard(card: DemoCardExport): Promise<VirtualReaderCard> {
  const [signing, encryption] = await Promise.all([
    signingKey(card.signing.privateKeyPkcs8),
    card.encryption ? encryptionKey(card.encryption.privateKeyPkcs8) : undefined,
  ]);
  return {
    label: card.label,
    card: new VirtualCard({
      id: card.id,
      label: card.label,
      cardNumber: card.cardNumber,
      ca: card.ca,
      pin: card.pin,
      pinTriesLeft: card.pinTriesLeft,
      signing: { certificate: bytes(card.signing.certificate), privateKey: signing },
      ...(card.encryption && encryption
        ? { encryption: { certificate: bytes(card.encryption.certificate), privateKey: encryption } }
        : {}),
    }),
  };
}

function pinSummary(cards: readonly DemoCardExport[]): Pick<MountedDemo, 'commonPin' | 'otherPins'> {
  const byPin = new Map<string, string[]>();
  for (const card of cards) byPin.set(card.pin, [...(byPin.get(card.pin) ?? []), card.label]);
  const sorted = [...byPin].sort((a, b) => b[1].length - a[1].length);
  return {
    commonPin: sorted[0]?.[0] ?? '',
    otherPins: sorted.slice(1).map(([pin, labels]) => ({ pin, labels })),
  };
}

export async function mountDemo(options: MountOptions): Promise<MountedDemo> {
  // Made once for the page's lifetime: a card's PIN tries and lock live on its object, so a card
  // locked by three wrong PINs stays locked when it is taken out and put back, as a real one does.
  const fortify = options.reader === 'fortify';
  const cards = fortify ? [] : await Promise.all(options.pki.cards.map(virtualCard));
  let tokens: TokenProvider;
  if (fortify) {
    // Loaded only in Fortify mode: the virtual mode's page carries none of it.
    const { FortifyTokenProvider } = await import('@gepi/sdk/fortify');
    tokens = new FortifyTokenProvider({ address: options.fortifyAddress ?? '127.0.0.1:31337' });
  } else {
    tokens = new VirtualTokenProvider({ readers: [DEMO_READER] });
  }
  const client = new GepiClient({ baseUrl: location.origin });

  const provider = document.createElement('gepi-provider');
  provider.client = client;
  provider.tokens = tokens;
  provider.locale = options.locale;

  const portal = document.createElement('gepi-portal');
  portal.documentTitle = true;
  portal.history = true;
  if (fortify) {
    // Opt-in 選擇其他憑證: Fortify's own certificate picker, downloaded only when the dialog opens.
    const { openFortifyCertificatePicker } = await import('../src/fortify-picker.js');
    portal.certificatePicker = openFortifyCertificatePicker;
  }
  const reader = document.createElement('gepi-virtual-reader');
  reader.cards = cards;

  // One provider for both: the panel and the portal share the token provider and the language. The
  // provider lays out nothing (display: contents), so each keeps its place in the page's grid.
  // The bank's header and footer go into the portal's slots; 回要保機關作業 says where it went.
  const slots = document.querySelector<HTMLTemplateElement>('#portal-slots');
  if (slots) portal.append(slots.content.cloneNode(true));
  const exitNote = document.createElement('p');
  exitNote.className = 'exit-note';
  exitNote.setAttribute('role', 'status');
  portal.addEventListener('gepi-exit', () => {
    exitNote.textContent = options.exitedText?.() ?? '';
  });
  portal.addEventListener('gepi-view-change', () => {
    exitNote.textContent = '';
  });
  options.portalHost.replaceChildren(exitNote, portal);
  if (fortify) options.readerHost.replaceChildren();
  else options.readerHost.replaceChildren(reader);
  const layout = options.portalHost.parentElement;
  if (layout) {
    layout.before(provider);
    provider.append(layout);
  }

  return {
    setLocale(locale) {
      provider.locale = locale;
    },
    ...pinSummary(options.pki.cards),
  };
}
