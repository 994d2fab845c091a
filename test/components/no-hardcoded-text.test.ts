/**
 * Every word a user reads comes from lib/i18n. A practical static check of the components: JSX text
 * with letters, string literals as JSX children, and string literals in user-visible attributes.
 * Symbols (✓ ⚠ × · ≈), punctuation and expressions pass; page text and goal names are data, not literals.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname, '../../components');
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-valuetext']);
const LETTERS = /\p{L}{2,}/u;

function findings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const where = (n: ts.Node) => `${file.split('/').pop()}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && LETTERS.test(n.text)) out.push(`${where(n)} text "${n.text.trim()}"`);
    if (ts.isJsxExpression(n) && n.expression && ts.isJsxElement(n.parent) && (ts.isStringLiteral(n.expression) || ts.isNoSubstitutionTemplateLiteral(n.expression)) && LETTERS.test(n.expression.text)) {
      out.push(`${where(n)} child literal "${n.expression.text}"`);
    }
    if (ts.isJsxAttribute(n) && VISIBLE_ATTRIBUTES.has(n.name.getText()) && n.initializer) {
      const init = n.initializer;
      const literal = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression) ? init.expression : null;
      if (literal && LETTERS.test(literal.text)) out.push(`${where(n)} ${n.name.getText()}="${literal.text}"`);
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return out;
}

describe('components have no hard-coded user-visible text', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.tsx'));
  it('finds the component files', () => expect(files.length).toBeGreaterThan(8));
  it.each(files)('%s', (f) => {
    expect(findings(join(DIR, f))).toEqual([]);
  });
  it('the check catches hard-coded text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goalpost-i18n-'));
    const tmp = join(dir, 'Fixture.tsx');
    writeFileSync(tmp, 'export const A = () => <p title="Hello there">Save goal{"Cancel"}{t("ok")} ✓ ·</p>;');
    try {
      expect(findings(tmp)).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
