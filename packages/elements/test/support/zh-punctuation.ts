// Finds half-width punctuation beside Chinese characters in zh-TW text: `,` `:` `;` `!` `?` `(` `)`
// next to a Han character (one space between still counts), where a Taiwanese reader expects the
// full-width ，：；！？（）. Half-width marks between Latin letters or digits stay: `http://`, `(02)2701-3411`.
import ts from 'typescript';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const HALF_WIDTH = ',:;!?()';

function neighbour(chars: string[], i: number, step: 1 | -1): string | undefined {
  let j = i + step;
  if (chars[j] === ' ') j += step;
  return chars[j];
}

/** The half-width marks in `text` that touch a Han character, each with a little context. */
export function halfWidthBesideHan(text: string): string[] {
  const chars = [...text];
  const found: string[] = [];
  chars.forEach((c, i) => {
    if (!HALF_WIDTH.includes(c)) return;
    if (c === ':' && chars[i + 1] === '/') return; // a URL's scheme
    const before = neighbour(chars, i, -1);
    const after = neighbour(chars, i, 1);
    if ((before && HAN.test(before)) || (after && HAN.test(after))) {
      found.push(chars.slice(Math.max(0, i - 6), i + 7).join(''));
    }
  });
  return found;
}

/**
 * Whether a string literal is zh-TW prose rather than data or English with a Chinese label quoted
 * in it: more Han characters than Latin letters, and not an X.500 name (`C=TW, O=行政院`) or CSV.
 */
export function isZhTwText(text: string): boolean {
  if (/\b(?:C|O|OU|CN)=/u.test(text) || /\r\n/u.test(text)) return false;
  const han = [...text].filter((c) => HAN.test(c)).length;
  // Placeholders ({cards}, {phone}) are filled in later: not English words.
  const latin = (text.replace(/\{\w+\}/gu, '').match(/[A-Za-z]/gu) ?? []).length;
  return han > 0 && han >= latin;
}

/** Every zh-TW string literal (template literals with `${…}` as `{}`) of a TypeScript source. */
export function zhTwStringsOf(fileName: string, source: string): { line: number; text: string }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out: { line: number; text: string }[] = [];
  // The zh-TW side of a LocalizedText (`{ 'zh-TW': …, en: … }`, or `t(zh, en)`) is zh-TW even where
  // Latin letters outnumber the Han characters (`…範例：name@example.gov.tw`).
  const isZhSide = (node: ts.Node): boolean => {
    const parent = node.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
      return (
        (ts.isStringLiteral(parent.name) || ts.isIdentifier(parent.name)) && parent.name.text === 'zh-TW'
      );
    }
    return (
      ts.isCallExpression(parent) &&
      ts.isIdentifier(parent.expression) &&
      parent.expression.text === 't' &&
      parent.arguments.length === 2 &&
      parent.arguments[0] === node
    );
  };
  const add = (node: ts.Node, text: string) => {
    if (isZhTwText(text) || (HAN.test(text) && isZhSide(node)))
      out.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      add(node, node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join(''));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}
