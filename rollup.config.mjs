// Library builds: ESM bundles and .d.ts for each package entry. Dependencies stay external (the host's
// bundler dedupes lit, ky, zod, @peculiar/*); our own code is bundled per entry with shared chunks.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { dts } from 'rollup-plugin-dts';
import { existsSync, readdirSync, rmSync } from 'node:fs';

const packages = [
  {
    dir: 'packages/sdk',
    entries: {
      index: 'src/index.ts',
      certs: 'src/certs/index.ts',
      api: 'src/api/index.ts',
      testing: 'src/testing/index.ts',
      virtual: 'src/virtual.ts',
      fortify: 'src/fortify.ts',
      'fortify-ws': 'src/fortify/ws-shim.ts',
      roster: 'src/roster/index.ts',
    },
  },
  {
    dir: 'packages/pkcs11',
    entries: { index: 'src/index.ts', cli: 'src/cli.ts', 'roster-cli': 'src/roster-cli.ts' },
  },
  {
    dir: 'packages/mock-server',
    entries: { index: 'src/index.ts', node: 'src/node.ts', browser: 'src/browser.ts', cli: 'src/cli.ts' },
  },
  {
    dir: 'packages/elements',
    entries: {
      index: 'src/index.ts',
      autoload: 'src/autoload.ts',
      react: 'src/react.ts',
      'fortify-picker': 'src/fortify-picker.ts',
      ...defineEntries('packages/elements'),
    },
  },
];

/**
 * One entry per define file, `src/components/<name>/gepi-<name>.ts` → `dist/components/<name>/gepi-<name>.js`,
 * as the elements' `exports` (`./components/*.js`) and `sideEffects` name them. Each define module
 * stays in its own entry file (rollup never moves an entry module into a shared chunk), so the
 * chunks hold only side-effect-free classes and helpers.
 */
function defineEntries(dir) {
  const components = `${dir}/src/components`;
  if (!existsSync(components)) return {};
  return Object.fromEntries(
    readdirSync(components, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `components/${entry.name}/gepi-${entry.name}`)
      .filter((name) => existsSync(`${dir}/src/${name}.ts`))
      .map((name) => [name, `src/${name}.ts`]),
  );
}

function external(id) {
  // Bare imports are dependencies (ours included: @gepi/sdk is its own package); node: builtins too.
  return !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
}

const configs = [];
for (const pkg of packages) {
  // Rollup never deletes: chunks of an earlier build (other hashes) would stay in dist/ and be packed.
  rmSync(`${pkg.dir}/dist`, { recursive: true, force: true });
  const input = Object.fromEntries(
    Object.entries(pkg.entries)
      .map(([name, file]) => [name, `${pkg.dir}/${file}`])
      .filter(([, file]) => existsSync(file)),
  );
  if (Object.keys(input).length === 0) continue;
  configs.push(
    {
      input,
      external,
      output: {
        dir: `${pkg.dir}/dist`,
        format: 'es',
        sourcemap: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
      plugins: [
        nodeResolve({ exportConditions: ['source'] }),
        typescript({
          tsconfig: 'tsconfig.json',
          include: [`${pkg.dir}/src/**/*.ts`, `${pkg.dir}/src/**/*.json`],
          compilerOptions: { noEmit: false, declaration: false, outDir: `${pkg.dir}/dist`, rootDir: '.' },
          noForceEmit: false,
        }),
      ],
    },
    {
      input,
      external,
      output: { dir: `${pkg.dir}/dist`, format: 'es', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
      plugins: [dts({ tsconfig: 'tsconfig.json', compilerOptions: { customConditions: ['source'] } })],
    },
  );
}

export default configs;
