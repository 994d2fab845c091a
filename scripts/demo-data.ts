/**
 * The demo's data, for tools that want it without running the demo: the model (scripts/demo/model.ts,
 * dates and numbers for today), the pages generated from it (scripts/demo/pages.ts) and the goals with
 * their history (as the goals file the demo imports).
 */
export { demoData, demoGoals, demoUrls, goalsFile, goalSpecs, PERIOD_DAYS, GOAL_DAYS, type DemoData, type DemoGoal } from './demo/model';
export { demoPages, DASHBOARDS, type DashboardId, type DemoPage } from './demo/pages';
export { LOCALES, DEMO_LANGUAGES, type DemoLanguage } from './demo/locales';
