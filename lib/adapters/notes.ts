/**
 * What the user should know about a read ("only the rendered rows were read"), as codes: the content
 * script cannot speak the UI's language, so it sends a code and numbers, and the side panel words
 * them (`note.<code>` in lib/i18n). Stored ids: never renamed.
 */
export const PAGE_NOTE_CODES = [
  'cells-capped',
  'still-loading',
  'comparison-current-only',
  'exploration-rows-in-view',
  'rows-rendered',
  'columns-in-view',
  'compare-mode-table',
  'reader-failed',
] as const;

export type PageNoteCode = (typeof PAGE_NOTE_CODES)[number];

export interface PageNote {
  code: PageNoteCode;
  /** How many were read (rows, cells). */
  n?: number;
  /** Of how many the page says it has. */
  of?: number;
  /** What went wrong, as the error said it (reader-failed): shown as text, never as markup. */
  detail?: string;
}
