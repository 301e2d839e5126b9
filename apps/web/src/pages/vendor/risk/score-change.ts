import type { ScoreHistoryPoint } from "@ward/contracts";

export interface ScoreChange {
  /** Latest overall score minus the one before it, to the engine's one decimal. */
  delta: number;
  /** When the previous score was computed. */
  since: string;
}

/** The move since the previous snapshot; null while there is only one (history comes oldest first). */
export function changeSincePrevious(items: readonly ScoreHistoryPoint[]): ScoreChange | null {
  const latest = items.at(-1);
  const previous = items.at(-2);
  if (!latest || !previous) return null;
  return { delta: Math.round((latest.overall - previous.overall) * 10) / 10, since: previous.computedAt };
}
