// <gepi-card-confirm>'s opt-in 選擇其他憑證 (Fortify mode, several tokens or certificates): shown only
// with `certificate-picker`, in zh-TW and English, not while the card is busy; it fires
// gepi-card-choose with the step's kind, and never while the provider is not ready.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ProviderStatus } from '@gepi/sdk';
import '../src/components/card-confirm/gepi-card-confirm.js';
import type { GepiCardConfirm } from '../src/components/card-confirm/card-confirm.component.js';
import { describe, it } from './support/mocha.js';
import { clean } from './support/views.js';

const CARD = { holderName: '王大明', ca: 'MOICA', serial: '100048210DD2DF2E128096A9282B0001' };

function view(options: {
  picker: boolean;
  lang?: string;
  busy?: boolean;
  connection?: ProviderStatus;
  card?: object | null;
}) {
  return fixture<GepiCardConfirm>(
    html`<gepi-card-confirm
      kind="citizen"
      lang=${options.lang ?? 'zh-TW'}
      pin-entry="native"
      ?certificate-picker=${options.picker}
      ?busy=${options.busy ?? false}
      .card=${options.card === undefined ? CARD : options.card}
      .connection=${options.connection ?? { state: 'ready' }}
    ></gepi-card-confirm>`,
  );
}

const chooseButton = (el: GepiCardConfirm) =>
  el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="choose-button"]') ?? null;

describe('<gepi-card-confirm> 選擇其他憑證 (opt-in)', () => {
  it('is not offered unless the host opts in', async () => {
    const el = await view({ picker: false });
    expect(chooseButton(el)).to.equal(null);
  });

  for (const [lang, words] of [
    ['zh-TW', '選擇其他憑證'],
    ['en', 'Choose another certificate'],
  ] as const) {
    it(`offers ${words} (${lang}) and fires gepi-card-choose with the step's kind, accessibly`, async () => {
      const el = await view({ picker: true, lang });
      const button = chooseButton(el);
      expect(button, 'the button').to.not.equal(null);
      expect(clean(button?.textContent)).to.equal(words);
      const fired = oneEvent(el, 'gepi-card-choose');
      button?.click();
      expect((await fired).detail).to.deep.equal({ kind: 'citizen' });
      await expect(el).to.be.accessible();
    });
  }

  it('is offered with an empty reader too, but not while busy nor while Fortify is not ready', async () => {
    expect(chooseButton(await view({ picker: true, card: null })), 'empty reader').to.not.equal(null);
    expect(chooseButton(await view({ picker: true, busy: true })), 'busy').to.equal(null);
    expect(
      chooseButton(await view({ picker: true, connection: { state: 'pairing', code: '123456' } })),
      'pairing',
    ).to.equal(null);
  });
});
