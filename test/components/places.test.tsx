// @vitest-environment happy-dom
/**
 * Where a number was read and why it is a goal's number, as the side panel shows them, from readings
 * made the way the extension makes them (a fixture dashboard found, sent, interpreted): in Persian,
 * Arabic and Chinese no English word is left but the names the page printed, each isolated in <bdi>;
 * in English the text is what it always was. Snapshots store them in the UI language too.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { GoalCard } from '../../components/GoalCard';
import { I18nProvider, makeI18n } from '../../components/i18n';
import { ReadingItem } from '../../components/ReadingItem';
import { ReadingsList } from '../../components/ReadingsList';
import { snapshotOf } from '../../components/share';
import { findPage } from '../../lib/adapters/registry';
import { explainMatch } from '../../lib/goals/match';
import { en, type Catalogue } from '../../lib/i18n';
import { ar } from '../../lib/i18n/ar';
import { fa } from '../../lib/i18n/fa';
import { zhHans } from '../../lib/i18n/zh-Hans';
import { zhHant } from '../../lib/i18n/zh-Hant';
import type { Reading } from '../../lib/readings';
import { openFixture, readWith } from '../support/dom';
import { goalView, tabView } from './fixtures';

/** English words a locator or a match explanation is made of (none is in the fixtures' printed names). */
const ENGLISH = /\b(row|column|table|card|matched|totals|exploration)\b/i;
const TRANSLATED: Array<[string, Catalogue]> = [
  ['fa', fa],
  ['ar', ar],
  ['zh-Hant', zhHant],
  ['zh-Hans', zhHans],
];

let readings: Reading[] = [];

async function read(name: string): Promise<Reading[]> {
  const page = await openFixture(name);
  try {
    return readWith(findPage, page.ctx).result.readings.map(({ reading }) => ({ ...reading, pageUrl: page.fixture.expected.url, readAt: '2026-11-24T09:00:00.000Z' }));
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  // A table with totals and campaign rows; GA4 Home's cards (a page with no printed name); an exploration.
  readings = [...(await read('google-ads/campaigns-en')), ...(await read('ga4/home-en')), ...(await read('ga4/exploration-en'))];
});
afterAll(() => {
  readings = [];
});
afterEach(() => cleanup());

const totals = () => readings.find((r) => r.source === 'google-ads' && !r.scope.row)!;
const row = () => readings.find((r) => r.source === 'google-ads' && r.scope.row)!;
const card = () => readings.find((r) => r.source === 'ga4' && r.at?.kind === 'page')!;
const explored = () => readings.find((r) => r.at?.kind === 'exploration' && r.scope.row)!;

/** The text of an element without its <bdi> names: the UI's own words. */
function ownText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const bdi of [...copy.querySelectorAll('bdi')]) bdi.remove();
  return copy.textContent ?? '';
}

function inLanguage(language: string, catalogue: Catalogue, ui: preact.ComponentChildren) {
  return render(<I18nProvider value={makeI18n(language as 'fa', catalogue, language)}>{ui}</I18nProvider>);
}

describe('the fixture readings carry their place as structure', () => {
  it('table cells, totals, cards and explorations', () => {
    expect(readings.length).toBeGreaterThan(10);
    expect(readings.every((r) => r.at)).toBe(true);
    expect(totals().at).toMatchObject({ area: 'Campaigns', kind: 'table' });
    expect(row().at?.row).toBe(row().scope.row);
    expect(card().at).toMatchObject({ area: '', kind: 'page' });
  });
});

describe.each(TRANSLATED)('in %s', (language, catalogue) => {
  it('a reading says where it was read in the language, page names isolated and as printed', () => {
    for (const r of [totals(), row(), card(), explored()]) {
      const { container, unmount } = inLanguage(language, catalogue, <ReadingItem reading={r} />);
      const where = container.querySelector('.reading-where')!;
      expect(where.textContent, r.where).not.toMatch(ENGLISH);
      expect(ownText(where), where.textContent!).not.toMatch(/[A-Za-z]/);
      expect(container.querySelector('.reading-meta')!.textContent).not.toMatch(ENGLISH);
      const bdis = [...where.querySelectorAll('bdi')].map((b) => b.textContent);
      if (r.at?.column) expect(bdis).toContain(r.at.column);
      if (r.at?.card) expect(bdis).toContain(r.at.card);
      if (r.scope.row) expect(bdis).toContain(r.scope.row);
      unmount();
    }
  });

  it('the reading groups are titled in the language', () => {
    const { container } = inLanguage(language, catalogue, <ReadingsList readings={readings} unmatched={[]} onSetGoal={() => {}} />);
    const titles = [...container.querySelectorAll('.reading-group-title')];
    expect(titles.length).toBe(3);
    for (const title of titles) expect(ownText(title), title.textContent!).not.toMatch(/[A-Za-z]/);
    expect(titles[0]!.querySelector('bdi')!.textContent).toBe('Campaigns');
    expect(titles[1]!.textContent).toBe(catalogue['place.unnamed']);
    expect(container.textContent).not.toMatch(ENGLISH);
  });

  it('a goal card explains its match in the language: the row, or the totals', () => {
    for (const r of [row(), totals(), card()]) {
      const view = goalView({ id: 'g1', name: 'Goal', metric: r.metric }, 'behind', { matched: { reading: r, index: 0, explanation: explainMatch(r) } });
      const { container, unmount } = inLanguage(language, catalogue, <GoalCard view={view} />);
      const match = container.querySelector('.goal-match')!;
      expect(match.textContent, explainMatch(r)).not.toMatch(ENGLISH);
      expect(ownText(match), match.textContent!).not.toMatch(/[A-Za-z]/);
      if (r.scope.row) expect([...match.querySelectorAll('bdi')].map((b) => b.textContent)).toContain(r.scope.row);
      unmount();
    }
  });

  it('a snapshot stores where and why in the language it was taken in', () => {
    const r = row();
    const view = tabView(readings, [goalView({ id: 'g1', name: 'Goal', metric: r.metric }, 'behind', { matched: { reading: r, index: readings.indexOf(r), explanation: explainMatch(r) } })]);
    const i18n = makeI18n(language as 'fa', catalogue, language);
    const s = snapshotOf({ scope: 'tab', page: view.page, goals: view.goals, locale: i18n.locale, words: i18n });
    expect(s.readings).toHaveLength(readings.length);
    for (const x of s.readings) expect(x.where).not.toMatch(ENGLISH);
    expect(s.goals[0]!.explanation).not.toMatch(ENGLISH);
    expect(s.goals[0]!.explanation).toContain(r.scope.row);
    // The goal's reading is the page's reading, not a copy worded differently.
    expect(s.goals[0]!.readingIndex).toBe(readings.indexOf(r));
  });
});

describe('in English', () => {
  it('readings, groups, explanations and snapshots say what they always said', () => {
    const r = row();
    const item = inLanguage('en', en, <ReadingItem reading={r} />);
    expect(item.container.querySelector('.reading-where bdi')!.textContent).toBe(r.where);
    expect(r.where).toMatch(/^Campaigns table, “.+” row, .+ column$/);
    item.unmount();

    const list = inLanguage('en', en, <ReadingsList readings={readings} unmatched={[]} onSetGoal={() => {}} />);
    expect([...list.container.querySelectorAll('.reading-group-title')].map((t) => t.textContent)).toEqual(['Campaigns table', 'Home', 'Free form 1 exploration']);
    list.unmount();

    const view = goalView({ id: 'g1', name: 'Goal', metric: r.metric }, 'behind', { matched: { reading: r, index: 0, explanation: explainMatch(r) } });
    const goal = inLanguage('en', en, <GoalCard view={view} />);
    expect(goal.container.querySelector('.goal-match')!.textContent).toMatch(new RegExp(`^Why this number: matched '${r.scope.row}' row in Google Ads campaigns table, `));
    goal.unmount();

    const i18n = makeI18n('en', en, 'en');
    const s = snapshotOf({ scope: 'tab', page: tabView(readings, []).page, goals: [view], locale: 'en', words: i18n });
    expect(s.readings.map((x) => x.where)).toEqual(readings.map((x) => x.where));
    expect(s.goals[0]!.explanation).toBe(explainMatch(r));
  });
});
