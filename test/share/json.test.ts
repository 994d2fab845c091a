import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotToCsv } from '../../lib/share/csv';
import { snapshotToHtml } from '../../lib/share/html';
import { snapshotToJson, validateSnapshotJson } from '../../lib/share/json';
import { ENGLISH_SHARE_LABELS } from '../../lib/share/labels';
import { drawSnapshotCard, layoutSnapshotCard, type Canvas2DLike } from '../../lib/share/png-card';
import { snapshotToMarkdown, snapshotToPlainText } from '../../lib/share/text';
import { sampleSnapshot, type FixtureLocale } from '../support/snapshot-fixtures';

const docs = readFileSync(new URL('../../docs/snapshot-format.md', import.meta.url), 'utf8');

type Json = Record<string, unknown>;
type Doc = Json & { goals: Json[]; readings: Json[]; scope: Json };

/** Parses, lets `edit` change the plain object, and validates the result. */
function validateEdited(edit: (s: Doc) => unknown) {
  const data = JSON.parse(snapshotToJson(sampleSnapshot('en', { withNoData: true })));
  edit(data);
  return validateSnapshotJson(JSON.stringify(data));
}

describe('snapshotToJson / validateSnapshotJson', () => {
  it.each<FixtureLocale>(['en', 'fa', 'ar', 'zh-Hant'])('round-trips a %s snapshot', (locale) => {
    const s = sampleSnapshot(locale, { withNoData: true });
    const json = snapshotToJson(s);
    expect(json.startsWith('{\n  "format": "goalpost-snapshot",\n  "formatVersion": 1,')).toBe(true);
    expect(validateSnapshotJson(json)).toEqual({ ok: true, snapshot: s });
  });

  it('keeps hostile names as data', () => {
    const names = ['<script>alert(1)</script>', '=HYPERLINK("http://x")', '*bold* _x_ [link](http://x)', '"quote,comma\nnewline"'];
    const s = sampleSnapshot('en', { names });
    const result = validateSnapshotJson(snapshotToJson(s));
    expect(result.ok && result.snapshot.goals.map((g) => g.name)).toEqual(names);
  });

  it.each([
    ['a newer version', (s: Doc) => (s.formatVersion = 2), /^\$\.formatVersion: version 2 is not supported/],
    ['another format', (s: Doc) => (s.format = 'something-else'), /^\$\.format: expected one of "goalpost-snapshot"/],
    ['a missing top-level field', (s: Doc) => delete s.takenAt, /^\$\.takenAt: missing$/],
    ['a bad timestamp', (s: Doc) => (s.takenAt = 'yesterday'), /^\$\.takenAt: expected an ISO timestamp$/],
    ['a missing goal field', (s: Doc) => delete s.goals[1]!.status, /^\$\.goals\[1\]\.status: missing$/],
    [
      'a wrong type deep inside',
      (s: Doc) => ((s.goals[2]!.status as Json).code = 3),
      /^\$\.goals\[2\]\.status\.code: expected a string, got number$/,
    ],
    ['a string for a number', (s: Doc) => (s.goals[0]!.current = '7420'), /^\$\.goals\[0\]\.current: expected a number, got string$/],
    ['an unknown unit', (s: Doc) => (s.readings[0]!.unit = 'furlongs'), /^\$\.readings\[0\]\.unit: expected one of/],
    [
      'a bad date in a range',
      (s: Doc) => (s.goals[0]!.dateRange = { start: '1 Nov', end: '2026-11-23' }),
      /^\$\.goals\[0\]\.dateRange\.start: expected an ISO date/,
    ],
    ['a trend point without a value', (s: Doc) => delete (s.goals[0]!.trend as Json[])[3]!.value, /^\$\.goals\[0\]\.trend\[3\]\.value: missing$/],
    ['goals that are not an array', (s: Doc) => ((s as Json).goals = {}), /^\$\.goals: expected an array, got object$/],
    ['a tab scope without its page', (s: Doc) => delete s.scope.pageUrl, /^\$\.scope\.pageUrl: missing$/],
    ['a reading index out of range', (s: Doc) => (s.goals[0]!.readingIndex = 9), /^\$\.goals\[0\]\.readingIndex: 9 does not point into/],
  ] as Array<[string, (s: Doc) => unknown, RegExp]>)('rejects %s and names the path', (_name, edit, message) => {
    const result = validateEdited(edit);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('rejects what is not a snapshot at all', () => {
    expect(validateSnapshotJson('')).toMatchObject({ ok: false, message: expect.stringMatching(/^\$: not valid JSON/) });
    expect(validateSnapshotJson('[]')).toEqual({ ok: false, message: '$: expected an object, got an array' });
    expect(validateSnapshotJson('null')).toEqual({ ok: false, message: '$: expected an object, got null' });
  });

  it('accepts fields and codes a newer Goalpost adds without a version bump', () => {
    const result = validateEdited((s) => {
      s.generator = { name: 'Goalpost', version: '9.0' };
      s.goals[0]!.newField = [1, 2, 3];
      (s.goals[0]!.status as Json).code = 'paused';
      (s.goals[2]!.warnings as Json[])[0]!.code = 'some-new-warning';
    });
    expect(result.ok).toBe(true);
  });

  it('renders any file it accepts in every format, unknown codes and metrics included', () => {
    const result = validateEdited((s) => {
      (s.goals[0]!.status as Json).code = 'constructor';
      s.goals[1]!.metric = 'brand-new-metric';
      (s.goals[2]!.warnings as Json[])[0]!.code = '__proto__';
      s.scope = { kind: 'tab', pageUrl: 'not a url', title: null };
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = result.snapshot;
    const noop = () => undefined;
    const ctx: Canvas2DLike = {
      font: '', fillStyle: '', strokeStyle: '', lineWidth: 1, textAlign: '', direction: '',
      fillRect: noop, fillText: noop, beginPath: noop, moveTo: noop, lineTo: noop, stroke: noop, scale: noop,
    };
    for (const locale of ['en', 'fa', 'ar', 'zh-Hant']) {
      const labels = { ...ENGLISH_SHARE_LABELS, locale };
      expect(snapshotToMarkdown(s, labels)).toContain('On track: ahead of the pace line.');
      expect(snapshotToPlainText(s, labels)).toContain('Organic conversion rate');
      expect(snapshotToCsv(s, labels)).toContain('brand-new-metric');
      expect(snapshotToHtml(s, labels)).toContain('<dd>brand-new-metric</dd>');
      drawSnapshotCard(ctx, layoutSnapshotCard(s, labels));
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ ...sampleSnapshot('en'), goals: [v] }))), (text) => {
        const result = validateSnapshotJson(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('docs/snapshot-format.md', () => {
  it('has an example that validates', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(docs)?.[1];
    expect(example).toBeDefined();
    expect(validateSnapshotJson(example!)).toMatchObject({ ok: true });
  });

  it('documents every field a snapshot has', () => {
    const paths = new Set<string>();
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, path));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          const p = path ? `${path}.${k}` : k;
          paths.add(p);
          // params are free-form per code, not fields of the format.
          if (k !== 'params') walk(v, p);
        }
      }
    };
    walk(JSON.parse(snapshotToJson(sampleSnapshot('en', { withNoData: true }))), '');
    const undocumented = [...paths].filter((p) => {
      const key = p.split('.').at(-1)!;
      const nested = p.split('.').slice(-2).join('.');
      return !(docs.includes(`\`${key}\``) || docs.includes(`\`${nested}\``) || docs.includes(`"${key}"`));
    });
    expect(undocumented).toEqual([]);
  });
});
