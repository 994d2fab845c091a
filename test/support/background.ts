import { createHandlers, type Interpretation, type ServiceDeps } from '../../lib/background/service';
import type { RawPage } from '../../lib/adapters/types';
import { goalLogic } from '../../lib/background/goal-logic';
import { openGoalpostDb } from '../../lib/db/open';

/**
 * The background's handlers over the database `name`, as a freshly started service worker has them
 * (nothing cached), with no tab open and nothing to show on the toolbar: for tests of what the side
 * panel is answered from what is stored.
 */
export function storedDataHandlers(name: string, now: Date, over: Partial<ServiceDeps> = {}) {
  return createHandlers({
    db: () => openGoalpostDb(name),
    interpret: () => ({ dateRange: null, readings: [], unrecognised: [], notes: [], refused: [] }),
    badgeText: () => '',
    tabPages: { get: async () => null, set: async () => {}, delete: async () => {}, getDraft: async () => null },
    logic: goalLogic,
    now: () => now,
    showWarningCount: () => {},
    broadcastChanged: () => {},
    startPicker: async () => {},
    picksChanged: () => {},
    ...over,
  });
}

/** A stand-in interpreter for background tests: each cell's text is its value, its label its metric, November so far. */
export function labelIsMetric(raw: RawPage): Interpretation {
  return {
    dateRange: { start: '2026-11-01', end: '2026-11-23' },
    readings: raw.cells.map((c, cell) => ({
      cell,
      reading: {
        metric: c.label as 'sessions', value: Number(c.text), unit: 'count', precision: 0.5, label: c.label, text: c.text,
        source: raw.source, scope: raw.scope, dateRange: { start: '2026-11-01', end: '2026-11-23' }, where: c.where, confidence: 'sure',
      },
    })),
    unrecognised: [],
    notes: [],
    refused: [],
  };
}
