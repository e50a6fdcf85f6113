// CA certificates and CRLs from files, for `gepi-mock-server --trust/--crl`: so that a local server
// can trust the real GRCA / MOICA / GCA chain a person downloaded from the CAs' public repositories
// (and their CRLs), and sign-ins with real cards through Fortify are verified against it. Node only.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { useX509 } from '@gepi/sdk/certs';
import type { TrustConfig } from './services/verifier.js';

/** A trust file that cannot be used; the message names the file and what is wrong. */
export class TrustFileError extends Error {
  override name = 'TrustFileError';
}

const CERT_EXTENSIONS = new Set(['.cer', '.crt', '.der', '.pem']);
const CRL_EXTENSIONS = new Set(['.crl']);

interface Found {
  certs: { der: Uint8Array; path: string }[];
  crls: { der: Uint8Array; path: string }[];
}

function pemBlocks(text: string): { label: string; der: Uint8Array }[] {
  const blocks: { label: string; der: Uint8Array }[] = [];
  const pattern = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
  for (const match of text.matchAll(pattern)) {
    blocks.push({
      label: match[1] ?? '',
      der: new Uint8Array(Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64')),
    });
  }
  return blocks;
}

async function readOne(path: string, wanted: 'trust' | 'crl', into: Found): Promise<void> {
  const bytes = new Uint8Array(await readFile(path));
  const text = Buffer.from(bytes).toString('latin1');
  if (text.includes('-----BEGIN ')) {
    const blocks = pemBlocks(text);
    for (const block of blocks) {
      if (block.label === 'CERTIFICATE') into.certs.push({ der: block.der, path });
      else if (block.label === 'X509 CRL') into.crls.push({ der: block.der, path });
    }
    if (blocks.length === 0) throw new TrustFileError(`${path}: no PEM block found`);
    return;
  }
  const isCrl = wanted === 'crl' || CRL_EXTENSIONS.has(extname(path).toLowerCase());
  (isCrl ? into.crls : into.certs).push({ der: bytes, path });
}

async function collect(paths: readonly string[], wanted: 'trust' | 'crl', into: Found): Promise<void> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new TrustFileError(`${path}: no such file or directory`);
    }
    if (info.isDirectory()) {
      // The directory's own files (not its subdirectories): certificates, and CRLs found beside them.
      const names = (await readdir(path)).sort();
      for (const name of names) {
        const ext = extname(name).toLowerCase();
        const file = join(path, name);
        if (!(await stat(file)).isFile()) continue;
        if (CERT_EXTENSIONS.has(ext) || CRL_EXTENSIONS.has(ext)) await readOne(file, wanted, into);
      }
    } else {
      await readOne(path, wanted, into);
    }
  }
}

const key = (der: Uint8Array) => createHash('sha256').update(der).digest('hex');

/**
 * Reads CA certificates (`trust`: PEM or DER files, or directories of them) and CRLs (`crl`) into
 * the verifier's trust: self-issued CA certificates are roots (GRCA), the others intermediates
 * (MOICA, GCA, …). Duplicates (the same certificate as .cer and .pem) count once.
 * @throws TrustFileError naming the file: missing, unreadable, not a certificate or CRL, not a CA.
 */
export async function loadTrustFiles(options: {
  trust?: readonly string[];
  crl?: readonly string[];
}): Promise<TrustConfig> {
  const found: Found = { certs: [], crls: [] };
  await collect(options.trust ?? [], 'trust', found);
  await collect(options.crl ?? [], 'crl', found);
  const x509 = useX509();
  const trust: TrustConfig = { roots: [], intermediates: [], crls: [] };
  const seen = new Set<string>();
  for (const { der, path } of found.certs) {
    if (seen.has(key(der))) continue;
    seen.add(key(der));
    let cert;
    try {
      cert = new x509.X509Certificate(new Uint8Array(der));
    } catch {
      throw new TrustFileError(`${path}: not an X.509 certificate (PEM or DER)`);
    }
    const constraints = cert.getExtension(x509.BasicConstraintsExtension);
    if (!constraints?.ca) throw new TrustFileError(`${path}: ${cert.subject} is not a CA certificate`);
    (cert.subject === cert.issuer ? trust.roots : trust.intermediates).push(der);
  }
  for (const { der, path } of found.crls) {
    if (seen.has(key(der))) continue;
    seen.add(key(der));
    try {
      new x509.X509Crl(new Uint8Array(der));
    } catch {
      throw new TrustFileError(`${path}: not an X.509 CRL (PEM or DER)`);
    }
    trust.crls.push(der);
  }
  if ((options.trust?.length ?? 0) > 0 && trust.roots.length + trust.intermediates.length === 0)
    throw new TrustFileError(`${options.trust?.join(', ')}: no CA certificate found`);
  return trust;
}

/** The union of two trusts (the demo PKI's and the files'). */
export function mergeTrust(a: TrustConfig, b: TrustConfig): TrustConfig {
  return {
    roots: [...a.roots, ...b.roots],
    intermediates: [...a.intermediates, ...b.intermediates],
    crls: [...a.crls, ...b.crls],
  };
}
