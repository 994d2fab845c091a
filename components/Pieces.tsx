import type { Piece } from '@/lib/i18n/place';

/**
 * A sentence worded by lib/i18n/place: its words as text, each name (as the page printed it, or a
 * dashboard's name) isolated in `<bdi>` so it keeps its own direction inside right-to-left text.
 */
export function Pieces({ pieces }: { pieces: readonly Piece[] }) {
  return <>{pieces.map((p, i) => (typeof p === 'string' ? p : <bdi key={i}>{p.name}</bdi>))}</>;
}
