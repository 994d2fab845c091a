import type { GoalProgress, StatusCode } from '@/lib/progress/types';
import { useI18n } from './i18n';

/** Icons pair with colours so status never relies on colour alone. */
export const STATUS_ICON: Record<StatusCode, string> = {
  achieved: '✔',
  'on-track': '▲',
  'at-risk': '◆',
  behind: '▼',
  missed: '✖',
  'no-data': '?',
  stale: '⏱',
  'too-early': '…',
};

/** "▲ 62% · On track": icon, percent of target and the status word, coloured as a second cue. */
export function ProgressBadge({ progress }: { progress: GoalProgress }) {
  const { t, statusLabel, percentOfTarget } = useI18n();
  const code = progress.status.code;
  const percent = progress.fraction === null ? '—' : percentOfTarget(progress.fraction);
  return (
    <span class={`badge status-${code}`} data-status={code}>
      <span aria-hidden="true">{STATUS_ICON[code] ?? '?'}</span> {progress.approximate && progress.fraction !== null ? t('approx') : ''}
      {percent} · <span class="badge-word">{statusLabel(code)}</span>
    </span>
  );
}

/** Progress from the inline start (mirrors in right-to-left pages), with the pace marker where the plan says we should be. */
export function ProgressBar({ fraction, expected, status }: { fraction: number | null; expected: number | null; status?: StatusCode }) {
  const { t } = useI18n();
  const width = Math.max(0, Math.min(1, fraction ?? 0)) * 100;
  const marker = expected === null || !Number.isFinite(expected) ? null : Math.max(0, Math.min(1, expected)) * 100;
  return (
    <div class={`bar${status ? ` bar-${status}` : ''}`} role="presentation">
      <div class="bar-fill" style={{ inlineSize: `${width}%` }} />
      {marker !== null && <div class="bar-pace" data-testid="pace-marker" style={{ insetInlineStart: `${marker}%` }} title={t('paceMarker')} />}
    </div>
  );
}
