/**
 * The content script's side of reading stays small and cheap: lib/adapters/ (the find side) imports
 * no parser, no date tables and no metric catalogue (those are interpreted in the background,
 * lib/interpret/), and what it finds is plain data that survives the runtime message (JSON).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findPage } from '../../lib/adapters/registry';
import { en } from '../../lib/i18n';
import { fa } from '../../lib/i18n/fa';
import { zhHant } from '../../lib/i18n/zh-Hant';
import { piecesText, placePieces } from '../../lib/i18n/place';
import { rawPageSchema } from '../../lib/messages';
import { validate } from '../../lib/validate';
import { openFixture } from '../support/dom';
import { listFixtures } from '../support/fixtures';

const ROOT = resolve(__dirname, '..', '..');
const ADAPTERS_DIR = join(ROOT, 'lib', 'adapters');

/** Modules the content script must not carry (paths from the project root). */
const FORBIDDEN = [
  /^lib\/metrics\/catalogue\.ts$/,
  /^lib\/metrics\/labels\.ts$/,
  /^lib\/parse\/number[^/]*\.ts$/,
  /^lib\/parse\/(compact|currency|duration|calendar)\.ts$/,
  /^lib\/parse\/date-[^/]*\.ts$/,
  /^lib\/interpret\//,
];

/** Import specifiers of a module: static and dynamic imports and re-exports, type-only ones too. */
function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
  const specs: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs;
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else return null; // a package: none is allowed on the find side either (checked below)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // try the next form
    }
  }
  throw new Error(`${relative(ROOT, from)} imports ${spec}, which does not resolve`);
}

/** Every module reachable from lib/adapters/*.ts by imports, with who imported it first. */
function findSideGraph(): { modules: Map<string, string>; packages: string[] } {
  const modules = new Map<string, string>();
  const packages: string[] = [];
  const queue = readdirSync(ADAPTERS_DIR).filter((f) => f.endsWith('.ts')).map((f) => join(ADAPTERS_DIR, f));
  for (const file of queue) modules.set(relative(ROOT, file), '(entry)');
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, spec);
      if (!target) {
        packages.push(`${relative(ROOT, file)} → ${spec}`);
        continue;
      }
      const key = relative(ROOT, target);
      if (modules.has(key)) continue;
      modules.set(key, relative(ROOT, file));
      queue.push(target);
    }
  }
  return { modules, packages };
}

describe('the find side (content script)', () => {
  it('imports none of the parsers, date tables, catalogue or interpreter, transitively', () => {
    const { modules, packages } = findSideGraph();
    const offending = [...modules].filter(([m]) => FORBIDDEN.some((re) => re.test(m))).map(([m, by]) => `${m} (imported by ${by})`);
    expect(offending).toEqual([]);
    expect(packages).toEqual([]);
    // The scan does see through the graph (a broken scan would pass the check above trivially).
    expect(modules.has('lib/adapters/common.ts')).toBe(true);
    expect(modules.has('lib/parse/digits.ts')).toBe(true);
  });

  it('the import scanner recognises every import form', () => {
    expect(
      importsOf(`import a from './a';\nimport type { B } from "../b";\nimport { c,\n d } from './c';\nexport * from './e';\nexport { f } from './f';\nimport './g';\nconst h = await import('./h');\n// import x from './commented';`),
    ).toEqual(['./a', '../b', './c', './e', './f', './g', './h']);
  });

  // Each dashboard's content script carries its own reader only (entrypoints/<id>.content.ts); the
  // read loop, badges and WXT's runtime take another ~8 kB of the 30 kB budget.
  it.each(['ga4', 'google-ads', 'meta-ads', 'search-console', 'looker-studio', 'generic'])('bundles the %s reader alone within its share of the content script budget (≤ 15 kB minified)', async (id) => {
    const { build } = await import('esbuild');
    const entry = `import * as reader from ${JSON.stringify(join(ADAPTERS_DIR, `${id}.ts`))}; import { findStepsWith } from ${JSON.stringify(join(ADAPTERS_DIR, 'find.ts'))}; globalThis.r = [reader, findStepsWith];`;
    const result = await build({
      stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      metafile: true,
      alias: { '@': ROOT },
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).map((p) => relative(ROOT, resolve(ROOT, p)));
    expect(inputs.filter((m) => FORBIDDEN.some((re) => re.test(m)))).toEqual([]);
    const code = result.outputFiles[0]!.contents;
    const gzip = gzipSync(code, { level: 9 }).length;
    console.info(`${id} reader bundle: ${code.length} B minified, ${gzip} B gzip`);
    expect(code.length).toBeLessThanOrEqual(15_000);
    expect(gzip).toBeLessThanOrEqual(6_000);
  });
});

const WORDS = {
  en: { catalogue: en, number: String },
  fa: { catalogue: fa, number: (n: number) => n.toLocaleString('fa') },
  zhHant: { catalogue: zhHant, number: String },
};

describe('what the find side sends', () => {
  it.each(listFixtures())('%s: a RawPage that round-trips through JSON and passes the message schema', async (name) => {
    const page = await openFixture(name);
    try {
      const found = findPage(page.ctx);
      const raw = found.raw;
      // No Elements, functions, undefined-valued keys, NaN or class instances: JSON gives it back unchanged.
      expect(JSON.parse(JSON.stringify(raw))).toStrictEqual(raw);
      const stack: unknown[] = [raw];
      while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) stack.push(...v);
        else if (v !== null && typeof v === 'object') {
          expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
          stack.push(...Object.values(v));
        } else expect(['string', 'number', 'boolean']).toContain(typeof v);
      }
      expect(validate(rawPageSchema, raw)).toMatchObject({ ok: true });
      // One element per cell, each in the page; groups are small integers shared by a table's cells.
      expect(found.elements).toHaveLength(raw.cells.length);
      for (const el of found.elements) expect(el.ownerDocument).toBe(page.document);
      for (const cell of raw.cells) {
        expect(Number.isInteger(cell.group)).toBe(true);
        expect(cell.where.length).toBeGreaterThan(0);
        expect(cell.label).toBe(cell.label.trim());
      }
      // Each locator also comes as structure; worded by the English templates it is the English where
      // (when the page printed the area's name), worded in Persian or Chinese it has no Latin letter of its own.
      const wrong: string[] = [];
      for (const cell of raw.cells) {
        const at = cell.at;
        if (!at) {
          wrong.push(`no at: ${cell.where}`);
          continue;
        }
        if (at.area && cell.where.length < 500 && piecesText(placePieces(WORDS.en, at)) !== cell.where) wrong.push(`${piecesText(placePieces(WORDS.en, at))} ≠ ${cell.where}`);
        for (const w of [WORDS.fa, WORDS.zhHant]) {
          const own = placePieces(w, at).filter((p) => typeof p === 'string').join('');
          if (/[A-Za-z]/.test(own)) wrong.push(`English in ${own}`);
        }
      }
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(raw.locale).toBe(page.fixture.expected.locale);
    } finally {
      await page.close();
    }
  });

  it('keeps the page’s own markup keys and the result type for the background', async () => {
    const ga4 = await openFixture('ga4/traffic-acquisition-zh');
    const meta = await openFixture('meta-ads/campaigns-en');
    const ads = await openFixture('google-ads/campaigns-en');
    try {
      const keys = (cells: ReturnType<typeof findPage>['raw']['cells']) => [...new Set(cells.map((c) => c.key))];
      expect(keys(findPage(ga4.ctx).raw.cells)).toEqual(expect.arrayContaining(['sessions', 'engagedSessions', 'keyEvents', 'totalRevenue']));
      expect(keys(findPage(ads.ctx).raw.cells)).toEqual(expect.arrayContaining(['stats.cost', 'stats.clicks']));
      const metaCells = findPage(meta.ctx).raw.cells;
      expect(keys(metaCells)).toEqual(expect.arrayContaining(['spend', 'forAttributionWindow(results,default)']));
      const results = metaCells.find((c) => c.key === 'forAttributionWindow(results,default)' && c.row !== undefined)!;
      expect(results).toMatchObject({ label: 'Results', qualifier: 'Purchases', text: '214' });
      // Totals rows carry no row; a table's cells share one group.
      expect(metaCells.some((c) => c.row === undefined)).toBe(true);
      expect(new Set(metaCells.map((c) => c.group)).size).toBe(1);
    } finally {
      await Promise.all([ga4.close(), meta.close(), ads.close()]);
    }
  });

  it('sends only cells that show a number or a no-value mark (names and statuses stay on the page)', async () => {
    const page = await openFixture('google-ads/campaigns-en');
    try {
      const { cells } = findPage(page.ctx).raw;
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(c.text).toMatch(/\p{Nd}|^(—|-|–|n\/a)$/iu);
      expect(cells.some((c) => c.label === 'Status')).toBe(false);
    } finally {
      await page.close();
    }
  });
});
