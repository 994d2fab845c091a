import { useState } from 'preact/hooks';
import { en } from '@/lib/i18n';
import { areaPieces } from '@/lib/i18n/place';
import type { Reading, ReadingPlace } from '@/lib/readings';
import { ReadingItem } from './ReadingItem';
import { useI18n } from './i18n';
import { Pieces } from './Pieces';

/** Groups this long or longer show their totals and hide their rows behind an "N rows" expander. */
export const COLLAPSE_AT = 8;

export interface ReadingGroup {
  /** Tells groups apart: the table or card page (from `at`), else the title. */
  key: string;
  /** The English `where` text before its first comma: the table or card set the readings came from. */
  title: string;
  /** The table or card page as structure, when the readings have it: the UI words the title from it. */
  at?: ReadingPlace;
  totals: Array<{ reading: Reading; index: number }>;
  rows: Array<{ reading: Reading; index: number }>;
}

/** Readings grouped by table/card set, page order kept; within a group, totals and scorecards apart from table rows. */
export function groupReadings(readings: readonly Reading[]): ReadingGroup[] {
  const groups = new Map<string, ReadingGroup>();
  readings.forEach((reading, index) => {
    const comma = reading.where.indexOf(',');
    const title = (comma >= 0 ? reading.where.slice(0, comma) : reading.where).trim();
    const at = reading.at;
    // A printed name may hold a comma: the structure, when there is one, says which table it is.
    const key = at ? JSON.stringify([at.kind, at.area, at.n ?? 0]) : title;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = at ? { key, title, at, totals: [], rows: [] } : { key, title, totals: [], rows: [] }));
    (reading.scope.row ? g.rows : g.totals).push({ reading, index });
  });
  return [...groups.values()];
}

function Group({ group, unmatched, onSetGoal, id }: { group: ReadingGroup; unmatched: ReadonlySet<number>; onSetGoal: (r: Reading) => void; id: string }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const size = group.totals.length + group.rows.length;
  const collapsible = size >= COLLAPSE_AT && group.rows.length > 0;
  const [open, setOpen] = useState(false);
  const item = ({ reading, index }: { reading: Reading; index: number }) => (
    <ReadingItem key={index} reading={reading} onSetGoal={unmatched.has(index) ? onSetGoal : undefined} />
  );
  return (
    <section class="reading-group" aria-labelledby={`${id}-h`} data-size={size}>
      <h3 id={`${id}-h`} class="reading-group-title">
        {group.at && i18n.catalogue !== en ? <Pieces pieces={areaPieces(i18n, group.at)} /> : <bdi>{group.title}</bdi>}
      </h3>
      {group.totals.length > 0 && <ul class="readings">{group.totals.map(item)}</ul>}
      {collapsible ? (
        <>
          <button type="button" class="link rows-toggle" aria-expanded={open} aria-controls={`${id}-rows`} onClick={() => setOpen(!open)}>
            {open ? t('hideRows') : t('rowsCount', { count: number(group.rows.length) })}
          </button>
          {open && (
            <ul class="readings readings-rows" id={`${id}-rows`}>
              {group.rows.map(item)}
            </ul>
          )}
        </>
      ) : (
        group.rows.length > 0 && <ul class="readings readings-rows">{group.rows.map(item)}</ul>
      )}
    </section>
  );
}

export function ReadingsList({ readings, unmatched, onSetGoal }: { readings: readonly Reading[]; unmatched: readonly number[]; onSetGoal: (r: Reading) => void }) {
  const set = new Set(unmatched);
  return (
    <div class="reading-groups">
      {groupReadings(readings).map((g, i) => (
        <Group key={g.key} id={`rg${i}`} group={g} unmatched={set} onSetGoal={onSetGoal} />
      ))}
    </div>
  );
}
