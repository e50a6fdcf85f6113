// custom-elements.json for @gepi/elements: the single source of Storybook's args and docs (and of IDE
// data), generated from the element classes' JSDoc (`@tagname @fires @slot @csspart @cssproperty`)
// and their Lit `static properties`. `npm run analyze` writes packages/elements/custom-elements.json.

const PACKAGE_DIR = 'packages/elements/';

/**
 * The analyzer names modules by their path from where it runs (the repository root); the manifest
 * ships inside @gepi/elements, whose readers resolve paths from the package, so the package's own
 * directory is taken off every path it records.
 */
function packageRelativePaths() {
  const strip = (path) => (path.startsWith(PACKAGE_DIR) ? path.slice(PACKAGE_DIR.length) : path);
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = strip(value);
      else visit(value);
    }
  };
  return {
    name: 'gepi-package-relative-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * Lit's internal reactive state (`{ state: true }` in `static properties`) has no attribute and is
 * not API, but the analyzer's Lit support lists it as both. This drops the attribute and marks the
 * field private, so docs and Storybook controls show only what a host can use.
 */
function litInternalState() {
  const stateByClass = new Map();
  return {
    name: 'gepi-lit-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = ts.getModifiers?.(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties')
          continue;
        const object = member.initializer;
        if (!object || !ts.isObjectLiteralExpression(object)) continue;
        const names = new Set();
        for (const prop of object.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const isState = prop.initializer.properties.some(
            (p) =>
              ts.isPropertyAssignment(p) &&
              p.name.getText() === 'state' &&
              p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) names.add(prop.name.getText());
        }
        if (names.size > 0) stateByClass.set(node.name.getText(), names);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = stateByClass.get(declaration.name);
        if (declaration.kind !== 'class' || !names) continue;
        declaration.attributes = (declaration.attributes ?? []).filter(
          (a) => !names.has(a.fieldName ?? a.name),
        );
        for (const member of declaration.members ?? []) {
          if (!names.has(member.name)) continue;
          member.privacy = 'private';
          delete member.attribute;
          delete member.reflects;
        }
      }
    },
  };
}

export default {
  globs: [
    `${PACKAGE_DIR}src/components/**/*.component.ts`,
    // The base classes, so that the properties, attributes and events the elements inherit
    // (`busy`, `error`, `translations`, the flow elements' `client` and `tokens`) are listed too.
    `${PACKAGE_DIR}src/internal/gepi-element.ts`,
    `${PACKAGE_DIR}src/internal/form-element.ts`,
    `${PACKAGE_DIR}src/internal/flow-element.ts`,
  ],
  outdir: PACKAGE_DIR,
  litelement: true,
  // The elements package.json already names the manifest; the root package.json must not be touched.
  packagejson: false,
  plugins: [litInternalState(), packageRelativePaths()],
};
