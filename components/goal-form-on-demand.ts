// The side panel's way to the goal form, loaded when the user sets a goal. Imported directly, the form
// (in the popup's chunk, wxt.config.ts) would need a bundler helper object that then becomes a file
// of its own on the side panel's first screen; through this module it loads as a plain chunk.
export { GoalForm } from './GoalForm';
