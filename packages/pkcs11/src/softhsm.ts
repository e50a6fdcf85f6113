// Demo cards as SoftHSM2 tokens, so that the PKCS#11 provider (and anything else that speaks
// PKCS#11) can be tried without hardware. Node only: it runs softhsm2-util and pkcs11-tool, and
// is exported from `@gepi/pkcs11`, never from the browser-safe `@gepi/sdk/testing`.
//
// Everything that touches SoftHSM runs in child processes with SOFTHSM2_CONF set for them alone:
// the calling process never loads the SoftHSM library here, so it stays free to load it later
// under the new configuration (SoftHSM reads SOFTHSM2_CONF only when it is initialised).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { useX509, webCrypto } from '@gepi/sdk/certs';
import { issueDemoPki } from '@gepi/sdk/testing';
import type { DemoPki, IssuedCa, IssuedCard, IssuedKey } from '@gepi/sdk/testing';

/** Where distributions install libsofthsm2.so (Debian/Ubuntu first). */
export const SOFTHSM_LIBRARY_PATHS: readonly string[] = [
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so',
  '/usr/lib64/pkcs11/libsofthsm2.so',
  '/usr/local/lib/softhsm/libsofthsm2.so',
  '/opt/homebrew/lib/softhsm/libsofthsm2.so',
];

/** `SOFTHSM2_LIB` when set, else the first of {@link SOFTHSM_LIBRARY_PATHS} that exists. */
export function findSoftHsmLibrary(): string | undefined {
  const fromEnv = process.env['SOFTHSM2_LIB'];
  if (fromEnv) return fromEnv;
  return SOFTHSM_LIBRARY_PATHS.find((path) => existsSync(path));
}

export interface ProvisionSoftHsmOptions {
  /** The cards to put on tokens: issued cards, or ids of the demo dataset's cards. */
  cards: readonly (IssuedCard | string)[];
  /** Where card ids are looked up. Default: a demo PKI issued now (`issueDemoPki({ now })`). */
  pki?: DemoPki;
  /** Issuance time when the PKI is issued here. */
  now?: Date;
  /** Parent of this run's directory (created with mkdtemp, so runs never share tokens). Default: the OS temp dir. */
  dir?: string;
  /** The Security Officer PIN of every token. Default `87654321`. */
  soPin?: string;
  /** libsofthsm2.so, for pkcs11-tool. Default {@link findSoftHsmLibrary}. */
  library?: string;
  /**
   * What each token is labelled with. `card-id` (default): the dataset id, `CIT-LIN`. `card-number`:
   * the 卡號, `TP03000000000002`, so that the PKCS#11 provider reports `CardInfo.cardNumber` (it
   * reads a 卡號 from the token serial or label; SoftHSM2 chooses serials itself).
   */
  tokenLabel?: 'card-id' | 'card-number';
}

/** One token, i.e. one card in a SoftHSM "reader". */
export interface ProvisionedToken {
  cardId: string;
  /** The card's label in the dataset (`自然人憑證 林美惠`). */
  label: string;
  /**
   * The token label: the card id, or its 卡號 with `tokenLabel: 'card-number'` (PKCS#11 labels hold
   * 32 bytes, too few for the Chinese labels).
   */
  tokenLabel: string;
  /** Token serial, chosen by SoftHSM: what the PKCS#11 provider reports as `CardInfo.id`. */
  serial: string;
  /** Slot id as softhsm2-util prints it (decimal). */
  slotId: string;
  /** The PKCS#11 provider's reader id for this token: `slot-<slotId>`. */
  readerId: string;
  cardNumber: string;
  /** Serial of the signing certificate (憑證序號). */
  certificateSerial: string;
  /** CKA_ID of each key pair and certificate, hex (the certificate's subject key identifier). */
  objectIds: { signing: string; encryption?: string };
  /**
   * The token's directory. Moving it away while SoftHSM is loaded makes the token unreadable, which
   * the provider reports as the card being pulled out (SoftHSM cannot take a token out for real).
   */
  tokenPath: string;
}

export interface SoftHsmProvision {
  /** Path of libsofthsm2.so. */
  library: string;
  /** This run's directory (holds the configuration and the tokens). */
  dir: string;
  /** The private softhsm2.conf. */
  conf: string;
  tokenDir: string;
  slots: ProvisionedToken[];
  /** Pass to `new Pkcs11TokenProvider({ library, env })`, or export it before starting a process. */
  env: { SOFTHSM2_CONF: string };
  /** The cards provisioned, in the order given. */
  cards: IssuedCard[];
  /** The PKI the card ids were looked up in (absent when only IssuedCard objects were given). */
  pki: DemoPki | undefined;
  /** Deletes the run's directory. Close every provider using the tokens first. */
  cleanup(): Promise<void>;
}

const DEFAULT_SO_PIN = '87654321';

class ToolError extends Error {
  override name = 'SoftHsmToolError';
}

/**
 * Runs a tool with SOFTHSM2_CONF for it alone. Its arguments may hold a PIN (softhsm2-util and
 * pkcs11-tool take it only on the command line), so errors name the tool and step, never the
 * command line.
 */
function tool(command: string, args: string[], conf: string, step: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      { env: { ...process.env, SOFTHSM2_CONF: conf }, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        if (!error) return resolvePromise(stdout);
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        const hint = missing
          ? ` (${command} not found: install softhsm2 and opensc, e.g. apt-get install softhsm2 opensc)`
          : `: ${stderr.trim() || stdout.trim() || `exit code ${String(error.code)}`}`;
        reject(new ToolError(`${command} failed to ${step}${hint}`));
      },
    );
  });
}

function pem(label: string, der: Uint8Array): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** CKA_ID for a key pair and its certificate: the subject key identifier (SHA-1 of the public key). */
async function objectId(key: IssuedKey): Promise<string> {
  const x509 = useX509();
  return (await x509.SubjectKeyIdentifierExtension.create(key.publicKey, false, webCrypto())).keyId;
}

function configuration(tokenDir: string): string {
  return [
    '# Written by @gepi/sdk provisionSoftHsm() for one run; SOFTHSM2_CONF points here.',
    `directories.tokendir = ${tokenDir}`,
    'objectstore.backend = file',
    '# Card readers are removable; the PKCS#11 provider can list only those.',
    'slots.removable = true',
    'slots.mechanisms = ALL',
    'log.level = ERROR',
    '',
  ].join('\n');
}

interface SlotListing {
  slotId: string;
  serial: string;
  label: string;
}

/** `softhsm2-util --show-slots`, reduced to the initialised tokens. */
function parseSlots(output: string): SlotListing[] {
  const listings: SlotListing[] = [];
  for (const block of output.split(/^Slot /m).slice(1)) {
    const slotId = /^(\d+)/.exec(block)?.[1];
    const serial = /Serial number:[ \t]*(\S*)/.exec(block)?.[1];
    const label = /Label:[ \t]*(.*)$/m.exec(block)?.[1]?.trimEnd();
    const initialised = /Initialized:\s*yes/.test(block);
    if (slotId && serial && label !== undefined && initialised) listings.push({ slotId, serial, label });
  }
  return listings;
}

/**
 * Makes a fresh SoftHSM2 token directory with one token per card, each holding the card's key pairs
 * and certificates as a real card does.
 *
 * Per card: `softhsm2-util --init-token --free --label <card id or 卡號> --so-pin … --pin <PIN>`;
 * then, once every token exists and `--show-slots` has told their serials and slot ids, per key (the
 * encryption pair first, so that code picking "the first private key" instead of pairing by CKA_ID
 * signs with the wrong one and fails its tests) the private key is exported from WebCrypto as
 * PKCS#8 into a 0600 file in the run directory, imported with `softhsm2-util --import … --serial
 * <token serial> --id <SKI> --label "<card id> signing|encryption"` (private key with CKA_SIGN and
 * CKA_DECRYPT, plus the public key), and the file is deleted; the certificate is written with
 * `pkcs11-tool --slot <slot id> --write-object … --type cert --id <same SKI>`, as a public object
 * readable without login. Tokens are addressed by serial and slot, never by label: pkcs11-tool
 * matches `--token-label` as a prefix, so `CIT-LI` would also find `CIT-LIN`.
 *
 * The PINs are demo PINs and go on the tools' command lines (the only way they take them). A card
 * that the dataset has locked (`pinTriesLeft: 0`) is provisioned unlocked: SoftHSM has no tries
 * counter, so locking stays the virtual card's job.
 */
export async function provisionSoftHsm(options: ProvisionSoftHsmOptions): Promise<SoftHsmProvision> {
  const library = options.library ?? findSoftHsmLibrary();
  if (!library) {
    throw new Error(
      'libsofthsm2.so not found: install softhsm2 (apt-get install softhsm2) or set SOFTHSM2_LIB',
    );
  }
  if (options.cards.length === 0) throw new TypeError('provisionSoftHsm: give at least one card');
  // Card ids need a PKI to be looked up in: the caller's, or one issued now.
  const pki =
    options.pki ??
    (options.cards.some((card) => typeof card === 'string')
      ? await issueDemoPki(options.now ? { now: options.now } : {})
      : undefined);
  const resolved = options.cards.map((card) => (typeof card === 'string' ? pki!.card(card) : card));
  const labelOf = (card: IssuedCard): string =>
    options.tokenLabel === 'card-number' ? card.cardNumber : card.id;
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const card of resolved) {
    if (ids.has(card.id)) throw new TypeError(`provisionSoftHsm: card ${card.id} is listed twice`);
    ids.add(card.id);
    const label = labelOf(card);
    if (labels.has(label)) throw new TypeError(`provisionSoftHsm: two cards would be labelled ${label}`);
    labels.add(label);
    if (Buffer.byteLength(label) > 32)
      throw new TypeError(`provisionSoftHsm: token label ${label} is longer than 32 bytes`);
  }
  const soPin = options.soPin ?? DEFAULT_SO_PIN;

  const parent = resolve(options.dir ?? tmpdir());
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, 'gepi-softhsm-'));
  const tokenDir = join(dir, 'tokens');
  const conf = join(dir, 'softhsm2.conf');
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    await mkdir(tokenDir, { mode: 0o700 });
    await writeFile(conf, configuration(tokenDir), { mode: 0o600 });

    const tokenPaths: string[] = [];
    for (const card of resolved) {
      const before = new Set(await readdir(tokenDir));
      await tool(
        'softhsm2-util',
        ['--init-token', '--free', '--label', labelOf(card), '--so-pin', soPin, '--pin', card.pin],
        conf,
        `initialise the token for ${card.id}`,
      );
      const tokenPath = (await readdir(tokenDir)).find((name) => !before.has(name));
      if (!tokenPath) throw new ToolError(`softhsm2-util created no token directory for ${card.id}`);
      tokenPaths.push(join(tokenDir, tokenPath));
    }

    const listed = parseSlots(await tool('softhsm2-util', ['--show-slots'], conf, 'list the slots'));
    const slots: ProvisionedToken[] = [];
    for (const [index, card] of resolved.entries()) {
      const tokenLabel = labelOf(card);
      // Labels are unique in this run and compared whole, so this finds exactly this card's token.
      const listing = listed.find((l) => l.label === tokenLabel);
      if (!listing) throw new ToolError(`softhsm2-util --show-slots does not list ${tokenLabel}`);
      const keys: [usage: 'signing' | 'encryption', key: IssuedKey][] = [
        ...(card.encryption ? [['encryption', card.encryption] as ['encryption', IssuedKey]] : []),
        ['signing', card.signing],
      ];
      const objectIds: ProvisionedToken['objectIds'] = { signing: '' };
      for (const [usage, key] of keys) {
        const id = await objectId(key);
        objectIds[usage] = id;
        await importKeyPair(card, usage, key, id, { dir, conf, library, token: listing });
      }
      slots.push({
        cardId: card.id,
        label: card.label,
        tokenLabel,
        serial: listing.serial,
        slotId: listing.slotId,
        readerId: `slot-${listing.slotId}`,
        cardNumber: card.cardNumber,
        certificateSerial: card.serial,
        objectIds,
        tokenPath: tokenPaths[index]!,
      });
    }
    return {
      library,
      dir,
      conf,
      tokenDir,
      slots,
      env: { SOFTHSM2_CONF: conf },
      cards: resolved,
      pki,
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function importKeyPair(
  card: IssuedCard,
  usage: 'signing' | 'encryption',
  key: IssuedKey,
  id: string,
  run: { dir: string; conf: string; library: string; token: SlotListing },
): Promise<void> {
  if (!key.privateKey.extractable) {
    throw new TypeError(`provisionSoftHsm: the ${usage} key of ${card.id} is not extractable`);
  }
  const label = `${card.id} ${usage}`;
  const pkcs8 = new Uint8Array(await webCrypto().subtle.exportKey('pkcs8', key.privateKey));
  const keyFile = join(run.dir, `.${card.id}-${usage}.key.pem`);
  const certFile = join(run.dir, `.${card.id}-${usage}.cer`);
  try {
    await writeFile(keyFile, pem('PRIVATE KEY', pkcs8), { mode: 0o600 });
    await chmod(keyFile, 0o600);
    await tool(
      'softhsm2-util',
      ['--import', keyFile, '--serial', run.token.serial, '--label', label, '--id', id, '--pin', card.pin],
      run.conf,
      `import the ${usage} key of ${card.id}`,
    );
  } finally {
    await rm(keyFile, { force: true });
  }
  try {
    await writeFile(certFile, key.certificate);
    await tool(
      'pkcs11-tool',
      [
        '--module',
        run.library,
        '--slot',
        run.token.slotId,
        '--write-object',
        certFile,
        '--type',
        'cert',
        '--id',
        id,
        '--label',
        label,
      ],
      run.conf,
      `write the ${usage} certificate of ${card.id}`,
    );
  } finally {
    await rm(certFile, { force: true });
  }
}

/** A file written by {@link writeTrustFiles}. */
export interface TrustFile {
  path: string;
  what: string;
}

/**
 * Writes the CA certificates and CRLs of a demo PKI, which is issued fresh each time, so that a
 * server can trust the cards provisioned from it. Into `dir`, for each authority `<KIND>` of
 * `ROOT`, `MOICA`, `GCA`, `XCA`, `MOEACA`, `HCA`:
 * - `<KIND>.cer` (DER) and `<KIND>.pem`: the certificate;
 * - `<KIND>.crl` (DER) and `<KIND>.crl.pem`: its CRL;
 * and `ca-bundle.pem` with every certificate (subordinate CAs first, the root last). With `cards`,
 * also `cards/<card id>.signing.cer` and `cards/<card id>.encryption.cer` (DER).
 */
export async function writeTrustFiles(
  pki: DemoPki,
  dir: string,
  options: { cards?: readonly IssuedCard[] } = {},
): Promise<TrustFile[]> {
  const files: TrustFile[] = [];
  const put = async (name: string, data: string | Uint8Array, what: string) => {
    const path = join(dir, name);
    await writeFile(path, data);
    files.push({ path, what });
  };
  await mkdir(dir, { recursive: true });
  const authorities: [string, IssuedCa][] = [...Object.entries(pki.cas), ['ROOT', pki.root]];
  for (const [kind, ca] of authorities) {
    await put(`${kind}.cer`, ca.certificate, `${kind} certificate (DER)`);
    await put(`${kind}.pem`, pem('CERTIFICATE', ca.certificate), `${kind} certificate (PEM)`);
    if (ca.crl) {
      await put(`${kind}.crl`, ca.crl, `${kind} CRL (DER)`);
      await put(`${kind}.crl.pem`, pem('X509 CRL', ca.crl), `${kind} CRL (PEM)`);
    }
  }
  await put(
    'ca-bundle.pem',
    authorities.map(([, ca]) => pem('CERTIFICATE', ca.certificate)).join(''),
    'every CA certificate (PEM bundle)',
  );
  if (options.cards?.length) {
    await mkdir(join(dir, 'cards'), { recursive: true });
    for (const card of options.cards) {
      await put(
        join('cards', `${card.id}.signing.cer`),
        card.signing.certificate,
        `${card.id} signing certificate`,
      );
      if (card.encryption) {
        await put(
          join('cards', `${card.id}.encryption.cer`),
          card.encryption.certificate,
          `${card.id} encryption certificate`,
        );
      }
    }
  }
  return files;
}
