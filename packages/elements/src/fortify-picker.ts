// `@gepi/elements/fortify-picker`: the opt-in "choose another certificate" dialog in Fortify mode,
// for a person whose readers hold several tokens or certificates. It shows Fortify's own certificate
// list, `<peculiar-fortify-certificates>` from `@peculiar/fortify-webcomponents` (an optional peer
// dependency, English only, ≈ 120 KB gzip), imported only when the dialog opens and unmounted when
// it closes. The selection is taken over to the kit's own Fortify connection, which signs.
//
// While it is open, the component's page-wide shortcuts are kept from it: Shift+D (downloads a debug
// JSON with the certificate data) and Shift+R (resets its filters).
import type { CardCertificate } from '@gepi/sdk';

/** What the picker's `selectionSuccess` event carries (Fortify's ids). */
export interface FortifyPickerSelection {
  providerId: string;
  certificateId: string;
  privateKeyId?: string;
}

/** The part of `FortifyTokenProvider` (`@gepi/sdk/fortify`) the picker uses. */
export interface FortifyPickerTokens {
  readonly address: string;
  fromFortifySelection(
    selection: FortifyPickerSelection,
  ): Promise<{ readerId: string; certificate: CardCertificate }>;
}

/** The certificate the person chose, on the kit's own connection: sign with `tokens.sign(readerId, certificate.id, …)`. */
export interface PickedCertificate {
  readerId: string;
  certificate: CardCertificate;
  /** Fortify's ids as its picker reported them. */
  fortify: FortifyPickerSelection;
}

/** The picker's custom-elements module (`@peculiar/fortify-webcomponents/components/…`). */
export interface FortifyPickerModules {
  certificates: { defineCustomElement: () => void };
  /** The module holding the picker's connection class (its address is fixed at Fortify's own). */
  layout: Record<string, unknown>;
}

export interface FortifyCertificatePickerOptions {
  /** The kit's Fortify provider: the picker talks to the same address; the selection is signed over it. */
  tokens: FortifyPickerTokens;
  /** Where the dialog is put (default `document.body`). */
  container?: HTMLElement;
  /** The kit's words around the (English-only) picker. Default `zh-TW`. */
  locale?: 'zh-TW' | 'en';
  /** Closes the dialog (the promise resolves with null). */
  signal?: AbortSignal;
  /** Loads the component; default: dynamic imports of `@peculiar/fortify-webcomponents/components/`. */
  load?: () => Promise<FortifyPickerModules>;
}

const FORTIFY_DEFAULT_ADDRESS = '127.0.0.1:31337';

const WORDS = {
  'zh-TW': {
    title: '選擇其他憑證',
    note: '下列清單由 Fortify 提供，僅有英文介面。',
    cancel: '取消',
  },
  en: {
    title: 'Choose another certificate',
    note: 'The list below comes from Fortify and is in English only.',
    cancel: 'Cancel',
  },
} as const;

/** Shift+D (debug download) and Shift+R (filter reset): the component's page-wide shortcuts. */
export function isPickerShortcut(event: KeyboardEvent): boolean {
  return event.shiftKey && (event.code === 'KeyD' || event.code === 'KeyR');
}

const defaultLoad = async (): Promise<FortifyPickerModules> => {
  const [certificates, layout] = await Promise.all([
    import('@peculiar/fortify-webcomponents/components/peculiar-fortify-certificates.js'),
    // The connection class lives here; no types are published for this chunk.
    import(
      // @ts-expect-error -- an untyped module of the same build
      '@peculiar/fortify-webcomponents/components/fortify-layout.js'
    ) as Promise<Record<string, unknown>>,
  ]);
  return { certificates, layout };
};

/**
 * The picker's connection class is found by its shape (its export name is a minified letter) and
 * pointed at the kit's address: the component has no option for it.
 */
function pointAt(layout: Record<string, unknown>, address: string): void {
  if (address === FORTIFY_DEFAULT_ADDRESS) return;
  const api = Object.values(layout).find(
    (value): value is { prototype: object } =>
      typeof value === 'function' &&
      typeof (value as { prototype?: Record<string, unknown> }).prototype?.['isConnectionDetected'] ===
        'function' &&
      typeof (value as { prototype?: Record<string, unknown> }).prototype?.['getCertificatesByProviderId'] ===
        'function',
  );
  if (!api) {
    throw new Error(
      `fortify-picker: this @peculiar/fortify-webcomponents build cannot be pointed at ${address} (only ${FORTIFY_DEFAULT_ADDRESS})`,
    );
  }
  Object.defineProperty(api.prototype, 'FORTIFY_URL', {
    configurable: true,
    get: () => address,
    set: () => undefined,
  });
}

/** `--pv-*` (the component's theme) from the kit's `--gepi-*` tokens, with the kit's defaults. */
export const PICKER_THEME = (() => {
  const v = (name: string, fallback: string) => `var(--gepi-${name}, ${fallback})`;
  const primary = v('color-primary', '#005e5b');
  const text = v('color-text', '#1f2933');
  const muted = v('color-text-muted', '#52606d');
  const bg = v('color-bg', '#ffffff');
  const border = v('color-border', '#7b8794');
  const danger = v('color-danger', '#b42318');
  const success = v('color-success', '#1e6b3a');
  const focus = v('color-focus', '#1a56db');
  const ramp = (name: string, base: string, contrast: string) => {
    const out = [`--pv-color-${name}: ${base};`, `--pv-color-${name}-contrast: ${contrast};`];
    for (let i = 1; i <= 5; i++) {
      out.push(`--pv-color-${name}-tint-${i}: color-mix(in srgb, ${base} ${100 - i * 18}%, white);`);
      out.push(`--pv-color-${name}-shade-${i}: color-mix(in srgb, ${base} ${100 - i * 15}%, black);`);
    }
    return out;
  };
  const grays = Array.from(
    { length: 10 },
    (_, i) => `--pv-color-gray-${i + 1}: color-mix(in srgb, ${muted} ${4 + i * 10}%, ${bg});`,
  );
  const text6 = (name: string, size: string, weight: string) => [
    `--pv-text-${name}-size: ${size};`,
    `--pv-text-${name}-weight: ${weight};`,
    `--pv-text-${name}-height: 1.5;`,
    `--pv-text-${name}-spacing: 0;`,
  ];
  return [
    `--pv-font-family: ${v('font-family', 'system-ui, sans-serif')};`,
    ...ramp('primary', primary, v('color-on-primary', '#ffffff')),
    ...ramp('secondary', focus, '#ffffff'),
    ...ramp('wrong', danger, '#ffffff'),
    ...ramp('attention', v('color-warning', '#8a5300'), '#ffffff'),
    ...ramp('success', success, '#ffffff'),
    ...grays,
    `--pv-color-gray-7: ${border};`,
    `--pv-color-white: ${bg};`,
    `--pv-color-black: ${text};`,
    `--pv-color-extra-1: ${focus};`,
    `--pv-color-extra-2: ${primary};`,
    `--pv-shadow-light-low: 0 1px 3px rgb(0 0 0 / 0.12);`,
    `--pv-shadow-light-medium: 0 1px 6px rgb(0 0 0 / 0.16);`,
    `--pv-size-base-half: 0.125rem;`,
    `--pv-size-base: 0.25rem;`,
    ...Array.from({ length: 15 }, (_, i) => `--pv-size-base-${i + 2}: ${(i + 2) * 0.25}rem;`),
    ...text6('h1', '1.75rem', '700'),
    ...text6('h2', '1.5rem', '700'),
    ...text6('h3', '1.25rem', '700'),
    ...text6('h4', '1.125rem', '700'),
    ...text6('h5', '1rem', '700'),
    ...text6('s1', '0.9375rem', '600'),
    ...text6('s2', '0.875rem', '600'),
    ...text6('b1', '0.9375rem', '400'),
    ...text6('b2', '0.875rem', '400'),
    ...text6('b3', '0.8125rem', '400'),
    ...text6('btn1', '0.875rem', '600'),
    ...text6('btn2', '0.8125rem', '600'),
    ...text6('c1', '0.75rem', '400'),
    ...text6('c2', '0.6875rem', '400'),
  ].join('\n  ');
})();

const STYLE = `
:host { all: initial; }
dialog {
  ${PICKER_THEME}
  box-sizing: border-box;
  width: min(56rem, calc(100vw - 2rem));
  max-height: calc(100vh - 2rem);
  padding: 1rem;
  border: 1px solid var(--gepi-color-border, #7b8794);
  border-radius: var(--gepi-radius-md, 4px);
  background: var(--gepi-color-bg, #ffffff);
  color: var(--gepi-color-text, #1f2933);
  font-family: var(--gepi-font-family, system-ui, sans-serif);
}
dialog::backdrop { background: rgb(0 0 0 / 0.4); }
header { display: flex; gap: 1rem; align-items: baseline; justify-content: space-between; }
h2 { margin: 0 0 0.25rem; font-size: 1.25rem; }
p { margin: 0 0 0.75rem; color: var(--gepi-color-text-muted, #52606d); }
button {
  min-height: 2.75rem;
  padding: 0 1rem;
  border: 1px solid var(--gepi-color-primary, #005e5b);
  border-radius: var(--gepi-radius-sm, 2px);
  background: var(--gepi-color-bg, #ffffff);
  color: var(--gepi-color-primary, #005e5b);
  font: inherit;
  cursor: pointer;
}
button:focus-visible { outline: 3px solid var(--gepi-color-focus, #1a56db); outline-offset: 2px; }
.picker { display: block; min-height: 20rem; }
`;

let opened = 0;

/**
 * Opens the "choose another certificate" dialog: loads Fortify's certificate picker (only now),
 * lists the certificates that have a private key, and resolves with the one the person chose, on the
 * kit's own connection — or null when the dialog is closed. The component is removed afterwards.
 * @throws READER_NOT_FOUND, CERT_NOT_FOUND (from `tokens.fromFortifySelection`); a failed load
 */
export async function openFortifyCertificatePicker(
  options: FortifyCertificatePickerOptions,
): Promise<PickedCertificate | null> {
  const words = WORDS[options.locale ?? 'zh-TW'];
  const id = `gepi-fortify-picker-${++opened}`;
  const host = document.createElement('div');
  host.dataset['gepiFortifyPicker'] = '';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${STYLE}</style>
<dialog aria-labelledby="${id}-title" aria-describedby="${id}-note" lang="${options.locale ?? 'zh-TW'}">
  <header><h2 id="${id}-title"></h2><button type="button" class="cancel"></button></header>
  <p id="${id}-note"></p>
  <div class="picker" lang="en"></div>
</dialog>`;
  const dialog = root.querySelector('dialog') as HTMLDialogElement;
  (root.querySelector('h2') as HTMLElement).textContent = words.title;
  (root.querySelector('p') as HTMLElement).textContent = words.note;
  const cancel = root.querySelector('button.cancel') as HTMLButtonElement;
  cancel.textContent = words.cancel;
  const slot = root.querySelector('.picker') as HTMLElement;

  // Before the component listens on the document: a window capture listener runs first and keeps
  // the shortcuts from every listener below it (typing the letters in a field still works).
  const guard = (event: KeyboardEvent) => {
    if (isPickerShortcut(event)) event.stopImmediatePropagation();
  };
  window.addEventListener('keydown', guard, { capture: true });
  (options.container ?? document.body).append(host);
  dialog.showModal();

  let picker: HTMLElement | undefined;
  const cleanup = () => {
    picker?.remove();
    if (dialog.open) dialog.close();
    host.remove();
    window.removeEventListener('keydown', guard, { capture: true });
  };
  try {
    return await new Promise<PickedCertificate | null>((resolve, reject) => {
      const close = () => resolve(null);
      cancel.addEventListener('click', close);
      dialog.addEventListener('cancel', close);
      if (options.signal?.aborted) return close();
      options.signal?.addEventListener('abort', close, { once: true });
      void (async () => {
        const modules = await (options.load ?? defaultLoad)();
        pointAt(modules.layout, options.tokens.address);
        modules.certificates.defineCustomElement();
        picker = document.createElement('peculiar-fortify-certificates');
        Object.assign(picker, {
          filters: { onlyWithPrivateKey: true },
          language: 'en',
          hideFooter: true,
        });
        picker.addEventListener('selectionCancel', close);
        picker.addEventListener('selectionSuccess', (event) => {
          const detail = (event as CustomEvent<FortifyPickerSelection>).detail;
          const fortify: FortifyPickerSelection = {
            providerId: detail.providerId,
            certificateId: detail.certificateId,
            ...(detail.privateKeyId ? { privateKeyId: detail.privateKeyId } : {}),
          };
          options.tokens
            .fromFortifySelection(fortify)
            .then(({ readerId, certificate }) => resolve({ readerId, certificate, fortify }), reject);
        });
        slot.append(picker);
      })().catch(reject);
    });
  } finally {
    cleanup();
  }
}
