/**
 * Runs inside an extension page of the built extension (bundled by scripts/bench/year.ts): stores the
 * simulated year's page reads in the extension's own IndexedDB with the background's own code — the
 * goal linking of a page read (lib/background/link.ts), recordReadings (one transaction per read, as a
 * content/page-read message stores it) and the daily compaction the background runs.
 */
import { goalLogic } from '../../lib/background/goal-logic';
import { linkReadings } from '../../lib/background/link';
import { compactHistory } from '../../lib/db/compaction';
import { listGoals } from '../../lib/db/goals';
import { recordReadings } from '../../lib/db/observations';
import { openGoalpostDb, type GoalpostDatabase } from '../../lib/db/open';
import { yearDay, type YearDashboard } from './year-model';

let db: GoalpostDatabase | null = null;
let dashboards: YearDashboard[] = [];
let compact = true;

async function runDays(days: string[], firstIndex: number) {
  db ??= await openGoalpostDb();
  const goals = await listGoals(db);
  let sent = 0;
  let made = 0;
  let added = 0;
  let replaced = 0;
  let compacted = 0;
  let longestCompactionTx = 0;
  const steps: Record<string, { count: number; totalMs: number; maxMs: number }> = {};
  const spent = { generate: 0, link: 0, record: 0, compact: 0 };
  let t = performance.now();
  const lap = (k: keyof typeof spent) => {
    const now = performance.now();
    spent[k] += now - t;
    t = now;
  };
  for (const [i, day] of days.entries()) {
    t = performance.now();
    const { reads, readsMade } = yearDay(dashboards, day, firstIndex + i);
    made += readsMade;
    lap('generate');
    for (const readings of reads) {
      const linked = linkReadings(goals, readings, goalLogic);
      lap('link');
      sent++;
      const result = await recordReadings(db, readings, (_r, k) => linked.get(k) ?? []);
      added += result.added;
      replaced += result.replaced;
      lap('record');
    }
    // Once a day, as the background does a few seconds after the day's first read; run here after the
    // day's reads, which compacts the same days (those a week old).
    if (compact) {
      const result = await compactHistory(db, day);
      compacted += result.removed;
      longestCompactionTx = Math.max(longestCompactionTx, result.longestTransactionMs);
      for (const [k, v] of Object.entries(result.steps)) {
        const s = (steps[k] ??= { count: 0, totalMs: 0, maxMs: 0 });
        s.count += v.count;
        s.totalMs += v.totalMs;
        s.maxMs = Math.max(s.maxMs, v.maxMs);
      }
    }
    lap('compact');
  }
  return { sent, made, added, replaced, compacted, longestCompactionTx, steps, spent };
}

async function counts() {
  db ??= await openGoalpostDb();
  return { observations: await db.count('observations'), goalDays: await db.count('goalDays') };
}

(globalThis as unknown as { __goalpostYear: unknown }).__goalpostYear = {
  setDashboards(d: YearDashboard[], compaction = true) {
    dashboards = d;
    compact = compaction;
  },
  runDays,
  counts,
  /** Today's run, as the background makes it on the first read of the day (the bench then reads today's dashboards). */
  async compactFor(today: string) {
    db ??= await openGoalpostDb();
    return compact ? compactHistory(db, today) : null;
  },
  close() {
    db?.close();
    db = null;
  },
};
