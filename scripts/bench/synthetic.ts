/**
 * Synthetic GA4-like report pages of a chosen size, shaped like test/fixtures/ga4 report tables
 * (ga-reporting-table > table.mat-mdc-table, totals row in the header, metric API names in cell
 * classes), padded with the nested wrappers real Angular pages have, so node counts are realistic.
 */
const METRICS = [
  ['sessions', 'Sessions'],
  ['activeUsers', 'Active users'],
  ['engagedSessions', 'Engaged sessions'],
  ['engagementRate', 'Engagement rate'],
  ['conversions', 'Key events'],
  ['totalRevenue', 'Total revenue'],
] as const;

const fmt = new Intl.NumberFormat('en-US');

function row(i: number): string {
  const cells = METRICS.map(([api], c) => {
    const value = api === 'engagementRate' ? `${((i * 7 + c) % 100).toFixed(2)}%` : api === 'totalRevenue' ? `$${fmt.format(i * 13 + c)}` : fmt.format(i * 31 + c);
    return `<td class="mat-mdc-cell cdk-cell mat-column-${api} ${api}"><div class="cell-wrapper"><span class="cell-value">${value}</span><span class="percent-of-total">(1.2%)</span></div></td>`;
  }).join('');
  return `<tr class="mat-mdc-row cdk-row"><td class="mat-mdc-cell dimension-cell"><div class="cell-wrapper"><span class="row-index">${i + 1}</span><span class="cell-value">Channel ${i}</span></div></td>${cells}</tr>`;
}

/** About `nodes` DOM nodes: a report table plus filler sections the reader must skip. */
export function syntheticGa4Report(nodes: number): string {
  const perRow = 2 + 4 + METRICS.length * 8; // tr, first cell and wrappers, each metric cell with text nodes
  const rows = Math.max(5, Math.floor((nodes * 0.6) / perRow));
  const fillerBlocks = Math.max(1, Math.floor((nodes * 0.4) / 6));
  const head = METRICS.map(([api, label]) => `<th class="mat-mdc-header-cell mat-column-${api}"><div class="header-label">${label}</div></th>`).join('');
  const totals = METRICS.map(([api]) => `<th class="mat-mdc-header-cell ${api}"><div class="ga-value-info-target total-value">${fmt.format(123456)}</div><div class="summary-text">100% of total</div></th>`).join('');
  const filler = Array.from({ length: fillerBlocks }, (_, i) => `<div class="nav-item"><span class="icon"></span><a>Report ${i}</a></div>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Traffic acquisition – Analytics</title></head><body>
<nav>${filler}</nav>
<ga-date-range-picker-v2><button class="trigger-button"><span class="date-range-text">Oct 1 – Oct 31, 2026</span></button></ga-date-range-picker-v2>
<ga-reporting-table><table class="mat-mdc-table"><thead><tr class="mat-mdc-header-row table-header-row"><th class="mat-mdc-header-cell">Session default channel group</th>${head}</tr>
<tr class="mat-mdc-header-row summary-totals-row"><th class="mat-mdc-header-cell">Total</th>${totals}</tr></thead>
<tbody>${Array.from({ length: rows }, (_, i) => row(i)).join('')}</tbody></table></ga-reporting-table>
</body></html>`;
}
