import { useState } from 'preact/hooks';
import type { Reading } from '@/lib/readings';
import { ReadingItem } from './ReadingItem';
import { useI18n } from './i18n';

/** Groups this long or longer show their totals and hide their rows behind an "N rows" expander. */
export const COLLAPSE_AT = 8;

export interface ReadingGroup {
  /** The `where` text before its first comma: the table or card set the readings came from. */
  title: string;
  totals: Array<{ reading: Reading; index: number }>;
  rows: Array<{ reading: Reading; index: number }>;
}

/** Readings grouped by table/card set, page order kept; within a group, totals and scorecards apart from table rows. */
export function groupReadings(readings: readonly Reading[]): ReadingGroup[] {
  const groups = new Map<string, ReadingGroup>();
  readings.forEach((reading, index) => {
    const comma = reading.where.indexOf(',');
    const title = (comma >= 0 ? reading.where.slice(0, comma) : reading.where).trim();
    let g = groups.get(title);
    if (!g) groups.set(title, (g = { title, totals: [], rows: [] }));
    (reading.scope.row ? g.rows : g.totals).push({ reading, index });
  });
  return [...groups.values()];
}

function Group({ group, unmatched, onSetGoal, id }: { group: ReadingGroup; unmatched: ReadonlySet<number>; onSetGoal: (r: Reading) => void; id: string }) {
  const { t, number } = useI18n();
  const size = group.totals.length + group.rows.length;
  const collapsible = size >= COLLAPSE_AT && group.rows.length > 0;
  const [open, setOpen] = useState(false);
  const item = ({ reading, index }: { reading: Reading; index: number }) => (
    <ReadingItem key={index} reading={reading} onSetGoal={unmatched.has(index) ? onSetGoal : undefined} />
  );
  return (
    <section class="reading-group" aria-labelledby={`${id}-h`} data-size={size}>
      <h3 id={`${id}-h`} class="reading-group-title">
        <bdi>{group.title}</bdi>
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
        <Group key={g.title} id={`rg${i}`} group={g} unmatched={set} onSetGoal={onSetGoal} />
      ))}
    </div>
  );
}
