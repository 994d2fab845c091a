// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import * as api from './api-mock';
import { adsReadings, goalView, settings, tabView } from './fixtures';
import { AppRoot, useI18n } from '../../components/i18n';
import { SidePanel } from '../../components/SidePanel';
import { en, explainIn, formatLocaleFor, resolveUiLanguage, translator, uiLanguageOf, type Catalogue } from '../../lib/i18n';

/** A stand-in Persian catalogue: a few keys translated, the rest English (fa.ts comes from translators later). */
const FA: Catalogue = {
  ...en,
  thisPage: 'این صفحه',
  allGoals: 'همه اهداف',
  statusBehind: 'عقب',
  readingsHeading: 'آنچه Goalpost خواند',
  'status.behind.pace': 'عقب: {current} در برابر {expected} مورد انتظار تا {asOf} ({pacePercent}٪ از برنامه).',
};

vi.mock('../../components/api', () => import('./api-mock'));
vi.mock('../../lib/i18n/load', async () => {
  const { en: english } = await import('../../lib/i18n/en');
  return {
    hasCatalogue: (l: string) => l === 'en' || l === 'fa',
    loadCatalogue: async (l: string) => (l === 'fa' ? FA : english),
  };
});
afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
  api.browserUiLanguage.mockReturnValue('en-US');
});

function serve(uiLanguage: string) {
  const readings = adsReadings(1);
  api.setHandlers({
    'page/get-settings': () => settings({ uiLanguage }),
    'page/get-tab-view': () => tabView(readings, [goalView({ id: 'g1', name: 'کلیک‌ها', stage: 'reach' }, 'behind', { matched: { reading: readings[0]!, index: 0, explanation: 'x' } })]),
    'page/get-all-goals': () => ({ goals: [] }),
  });
}

describe('language choice', () => {
  it('maps browser languages to UI languages', () => {
    expect(uiLanguageOf('fa-IR')).toBe('fa');
    expect(uiLanguageOf('ar-EG')).toBe('ar');
    expect(uiLanguageOf('zh-TW')).toBe('zh-Hant');
    expect(uiLanguageOf('zh-HK')).toBe('zh-Hant');
    expect(uiLanguageOf('zh-Hant-CN')).toBe('zh-Hant');
    expect(uiLanguageOf('zh-CN')).toBe('zh-Hans');
    expect(uiLanguageOf('zh')).toBe('zh-Hans');
    expect(uiLanguageOf('de-DE')).toBe('en');
    expect(uiLanguageOf('not a tag')).toBe('en');
    expect(resolveUiLanguage('', 'fa-IR')).toBe('fa');
    expect(resolveUiLanguage('auto', 'ar')).toBe('ar');
    expect(resolveUiLanguage('zh-Hans', 'fa')).toBe('zh-Hans');
    expect(resolveUiLanguage('xx', 'en-GB')).toBe('en');
    expect(formatLocaleFor('en', 'en-GB')).toBe('en-GB');
    expect(formatLocaleFor('fa', 'en-GB')).toBe('fa');
  });

  it('falls back to English for keys a catalogue leaves empty, and for codes it has no template for', () => {
    const partial = { ...FA, thisPage: '' };
    expect(translator(partial)('thisPage')).toBe('This page');
    const e = { code: 'on-track', params: { basis: 'holding', current: '5', target: '4' }, text: 'Holding: 5 is on the right side of 4.' };
    expect(explainIn(en, 'status', e)).toBe(e.text);
    expect(explainIn({ ...FA, 'status.on-track.holding': '' }, 'status', e)).toBe(e.text);
    expect(explainIn(FA, 'status', { code: 'behind', params: { basis: 'pace', current: '1', expected: '2', asOf: 'x', pacePercent: 50 }, text: '' }, (n) => new Intl.NumberFormat('fa').format(n))).toBe(
      'عقب: 1 در برابر 2 مورد انتظار تا x (۵۰٪ از برنامه).',
    );
  });

  it('uiLanguage "fa" renders right to left, in Persian, with Persian digits', async () => {
    serve('fa');
    const { container } = render(
      <AppRoot>
        <SidePanel />
      </AppRoot>,
    );
    await screen.findByRole('tab', { name: 'این صفحه' });
    const root = container.querySelector('.app-root')!;
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('fa');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('fa');
    const card = await screen.findByRole('article', { name: 'کلیک‌ها' });
    const badge = card.querySelector('.badge')!.textContent!;
    expect(badge).toContain('۶۲');
    expect(badge).toContain('عقب');
    expect(card.querySelector('.goal-reason')!.textContent).toContain('(۷۸٪ از برنامه)');
    // Untranslated keys fall back to English rather than showing a key.
    expect(card.textContent).toContain('At this pace:');
    expect(card.querySelector('[data-testid="goal-values"]')!.textContent).toMatch(/[۰-۹]/);
  });

  it('a language chosen while the panel is open reaches the goal cards already shown', async () => {
    const readings = adsReadings(1);
    // The same view object every time: only the language changes, so only the context can re-render the cards.
    const view = tabView(readings, [goalView({ id: 'g1', name: 'کلیک‌ها', stage: 'reach' }, 'behind', { matched: { reading: readings[0]!, index: 0, explanation: 'x' } })]);
    let uiLanguage = '';
    api.setHandlers({ 'page/get-settings': () => settings({ uiLanguage }), 'page/get-tab-view': () => view, 'page/get-all-goals': () => ({ goals: [] }) });
    render(
      <AppRoot>
        <SidePanel />
      </AppRoot>,
    );
    const card = await screen.findByRole('article', { name: 'کلیک‌ها' });
    expect(card.querySelector('.badge')!.textContent).toContain('Behind');
    uiLanguage = 'fa';
    api.broadcastViewChanged(null);
    await waitFor(() => expect(screen.getByRole('article', { name: 'کلیک‌ها' }).querySelector('.badge')!.textContent).toContain('عقب'));
  });

  it('follows the browser language when the setting is automatic; Arabic is right to left even before its catalogue exists', async () => {
    api.browserUiLanguage.mockReturnValue('ar-EG');
    serve('');
    const { container } = render(
      <AppRoot>
        <SidePanel />
      </AppRoot>,
    );
    await screen.findByRole('tab', { name: 'This page' });
    expect(container.querySelector('.app-root')!.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });

  it('English by default, left to right', async () => {
    serve('');
    let seen: ReturnType<typeof useI18n> | null = null;
    function Probe() {
      seen = useI18n();
      return null;
    }
    render(
      <AppRoot>
        <Probe />
      </AppRoot>,
    );
    await waitFor(() => expect(seen).not.toBeNull());
    expect(seen!.language).toBe('en');
    expect(seen!.dir).toBe('ltr');
    expect(seen!.locale).toBe('en-US');
  });
});
