import type { GoalProgress, StatusCode } from '@/lib/progress/types';
import { formatPercentOfTarget } from '@/lib/format';

/** Icons pair with colours so status never relies on colour alone. */
const STATUS_ICON: Record<StatusCode, string> = {
  achieved: '✔',
  'on-track': '▲',
  'at-risk': '◆',
  behind: '▼',
  missed: '✖',
  'no-data': '?',
  stale: '⏱',
  'too-early': '…',
};

export function ProgressBadge({ progress, locale, label }: { progress: GoalProgress; locale: string; label: string }) {
  const percent = progress.fraction === null ? '—' : formatPercentOfTarget(progress.fraction * 100, locale);
  return (
    <span class={`badge status-${progress.status.code}`} data-status={progress.status.code}>
      <span aria-hidden="true">{STATUS_ICON[progress.status.code]}</span> {progress.approximate ? '≈' : ''}
      {percent} · {label}
    </span>
  );
}

export function ProgressBar({ fraction, expected }: { fraction: number | null; expected: number | null }) {
  const width = Math.max(0, Math.min(1, fraction ?? 0)) * 100;
  const marker = expected === null ? null : Math.max(0, Math.min(1, expected)) * 100;
  return (
    <div class="bar" role="presentation">
      <div class="bar-fill" style={{ inlineSize: `${width}%` }} />
      {marker !== null && <div class="bar-pace" style={{ insetInlineStart: `${marker}%` }} title="pace" />}
    </div>
  );
}
