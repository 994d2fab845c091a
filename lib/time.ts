/** The calendar date of `d` in the local time zone, as `YYYY-MM-DD` (what "today" means to the user). */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
