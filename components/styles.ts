import css from './ui.css?inline';

/**
 * Puts the pages' stylesheet into the document. It travels inside the page's code rather than as a
 * file of its own: one file fewer for the page to fetch, and a stylesheet link would hold back the
 * page's scripts until it had loaded. Nothing is drawn before the scripts run anyway.
 */
export function applyStyles(doc: Document = document): void {
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.append(style);
}
