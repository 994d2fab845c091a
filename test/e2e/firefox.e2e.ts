/**
 * The Firefox build passes Mozilla's addons-linter (what `web-ext lint` runs) with no errors; the only
 * warning allowed is the one the README explains (Preact's runtime contains an innerHTML assignment
 * for `dangerouslySetInnerHTML`, which Goalpost never uses). It also carries the gecko id and the
 * data-collection declaration Mozilla requires.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const FIREFOX_DIR = join(ROOT, process.env.GOALPOST_OUT_DIR ?? '.output', 'firefox-mv2');

describe('Firefox build', () => {
  let report: { summary: { errors: number; warnings: number }; errors: Array<{ code: string }>; warnings: Array<{ code: string; file?: string }> };

  beforeAll(() => {
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const lint = spawnSync('npx', ['addons-linter', FIREFOX_DIR, '--output', 'json'], { cwd: ROOT, encoding: 'utf8' });
    report = JSON.parse(lint.stdout);
  }, 120_000);

  it('lints with 0 errors', () => {
    expect(report.errors).toEqual([]);
  });

  it('has no warning beyond the one explained in the README', () => {
    expect(report.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && w.file?.startsWith('chunks/')))).toEqual([]);
  });

  it('declares its gecko id and that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.permissions).not.toContain('<all_urls>');
  });
});
