// The opt-in "choose another certificate" dialog (@gepi/elements/fortify-picker) in Chromium against
// the Fortify-protocol test server: Fortify's own certificate picker (@peculiar/fortify-webcomponents,
// unmodified) is downloaded only when the dialog opens, lists the certificates that have a private
// key, and the one the person selects signs over the kit's own connection (verified in the page);
// the component is unmounted afterwards; while it is open, Shift+D downloads nothing.
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { FortifyTokenProvider } from '@gepi/sdk/fortify';
import { openFortifyCertificatePicker } from '@gepi/elements/fortify-picker';

type Mocha = { describe: (t: string, b: () => void) => void; it: (t: string, b: () => unknown) => void };
type Hook = (body: (this: { timeout(ms: number): void }) => unknown) => void;
const g = globalThis as unknown as Mocha & { before: Hook; after: Hook };
const { describe, it } = g;

const fortify = <T = unknown>(command: string, ...args: unknown[]): Promise<T> =>
  executeServerCommand('fortify', { command, args }) as Promise<T>;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const DATA = new TextEncoder().encode('SHA-256(origin) || SHA-256(nonce)');

async function verifies(der: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const { useX509 } = await import('../../sdk/src/certs/x509.js');
  const cert = new (useX509().X509Certificate)(new Uint8Array(der));
  const key = await cert.publicKey.export({ name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, ['verify']);
  return crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signature as BufferSource, DATA as BufferSource);
}

/** A real key press with Shift held (CDP input, as a person types). */
async function shift(code: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: code });
  await sendKeys({ up: 'Shift' });
}

/** Scripts of the picker's package the page has fetched so far. */
const pickerScripts = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('fortify-webcomponents'));

async function until<T>(probe: () => T | undefined | null | false, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The picker element inside the dialog, and its list items once loaded. */
function pickerParts() {
  const host = document.querySelector<HTMLElement>('[data-gepi-fortify-picker]');
  const picker = host?.shadowRoot?.querySelector<HTMLElement>('peculiar-fortify-certificates');
  const options = [...(picker?.shadowRoot?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
  return { host, picker, options };
}

describe('The Fortify certificate picker dialog (opt-in, lazy)', () => {
  let address = '';
  let provider: FortifyTokenProvider;

  g.before(async function (this: { timeout(ms: number): void }) {
    this.timeout(180_000);
    await fortify('start', { cards: ['ORG-10001', 'CIT-WANG'] });
    while (!address) address = await fortify<string>('address');
    await fortify('pin', 'right');
    provider = new FortifyTokenProvider({ address, storage: 'browser', retryIntervalMs: 100 });
    await provider.connect();
  });
  g.after(async () => {
    await provider?.close();
    await fortify('close');
  });

  it('is not loaded until opened; the selected certificate signs over the kit’s own connection; then unmounted', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(90_000);
    check(pickerScripts().length === 0, `loaded before opening: ${pickerScripts().join()}`);
    check(customElements.get('peculiar-fortify-certificates') === undefined, 'defined before opening');

    const chosen = openFortifyCertificatePicker({ tokens: provider, locale: 'zh-TW' });
    const { host } = pickerParts();
    check(host?.shadowRoot?.querySelector('h2')?.textContent === '選擇其他憑證', 'the dialog title');
    check(host.shadowRoot.querySelector('dialog')?.open, 'the dialog is open (modal)');

    // Fortify's list: every certificate with a private key (the picker logs in to each token).
    const options = await until(() => {
      const list = pickerParts().options;
      return list.length >= 2 && list;
    }, 'two certificates in the picker');
    check(pickerScripts().length > 0, 'the picker was fetched when the dialog opened');
    const picker = pickerParts().picker;
    check(
      (picker as unknown as { filters?: { onlyWithPrivateKey?: boolean } }).filters?.onlyWithPrivateKey ===
        true,
      'filters.onlyWithPrivateKey',
    );
    // 王大明's signing certificate, as the kit reads it, is found in Fortify's list by its serial.
    const wangReader = (await provider.listReaders()).find((r) => r.card?.label === 'CIT-WANG');
    check(wangReader, 'CIT-WANG in a reader');
    const [signing] = await provider.listCertificates(wangReader.id);
    check(signing?.usage === 'signing', 'the kit lists the signing certificate first');
    const { useX509 } = await import('../../sdk/src/certs/x509.js');
    const serial = new (useX509().X509Certificate)(new Uint8Array(signing.der)).serialNumber.toLowerCase();
    const wang = options.find((o) => (o.textContent ?? '').toLowerCase().includes(serial));
    check(wang, `serial ${serial} among ${options.map((o) => o.textContent).join(' | ')}`);
    wang.click();
    const next = await until(
      () =>
        [...(picker?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
          (b) => /continue/i.test(b.textContent ?? '') && !b.disabled,
        ),
      'the Continue button',
    );
    next.click();

    const picked = await chosen;
    check(picked, 'a certificate was picked');
    const readers = await provider.listReaders();
    const reader = readers.find((r) => r.id === picked.readerId);
    check(reader?.card?.label === 'CIT-WANG', `picked reader ${reader?.card?.label}`);
    check(picked.fortify.providerId === picked.readerId, 'Fortify provider id = reader id');
    check(picked.certificate.id === signing.id, 'the kit’s own certificate for the selection');

    // Signed over the kit's connection (the picker is gone), verified with the picked certificate.
    check(document.querySelector('[data-gepi-fortify-picker]') === null, 'the dialog is removed');
    await provider.login(picked.readerId);
    const signature = await provider.sign(picked.readerId, picked.certificate.id, DATA, RS256);
    check(await verifies(picked.certificate.der, signature), 'the signature verifies');
  });

  it('keeps Shift+D (debug download) and Shift+R from the picker while it is open; cancel resolves null', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(90_000);
    // Observe (not replace) how the component downloads: a blob URL and a click on an <a download>.
    const made: string[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = createObjectURL(blob);
      made.push(url);
      return url;
    };
    const downloads: string[] = [];
    const onClick = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLAnchorElement && target.download) downloads.push(target.download);
    };
    document.addEventListener('click', onClick, true);
    try {
      const chosen = openFortifyCertificatePicker({ tokens: provider, locale: 'en' });
      await until(() => pickerParts().options.length >= 2, 'the list');
      (
        document
          .querySelector('[data-gepi-fortify-picker]')
          ?.shadowRoot?.querySelector('dialog') as HTMLElement
      ).focus();
      await shift('KeyD');
      await shift('KeyR');
      await new Promise((resolve) => setTimeout(resolve, 500));
      check(made.length === 0 && downloads.length === 0, `downloads: ${downloads.join()} ${made.join()}`);
      check(pickerParts().options.length >= 2, 'the list is still filtered as opened');

      const cancel = pickerParts().host?.shadowRoot?.querySelector<HTMLButtonElement>('button.cancel');
      check(cancel?.textContent === 'Cancel', 'the English cancel button');
      cancel.click();
      check((await chosen) === null, 'cancel resolves null');
      check(pickerParts().host === undefined || pickerParts().host === null, 'unmounted');
      // Closed: the shortcuts belong to the page again (nothing of ours listens any more).
      await shift('KeyD');
      check(made.length === 0, 'no picker left to download anything');
    } finally {
      URL.createObjectURL = createObjectURL;
      document.removeEventListener('click', onClick, true);
    }
  });
});
