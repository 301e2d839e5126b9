import type { ScoreHistoryPoint } from "@ward/contracts";

export interface MethodologyChange {
  /** Index of the first history point scored by the new methodology. */
  index: number;
  from: string;
  to: string;
  /** When the first score under the new methodology was computed. */
  computedAt: string;
}

/**
 * Where the scoring methodology changed between two consecutive history points: the scores on either side are
 * not measured the same way, so a jump there is the method's, not the vendor's.
 */
export function methodologyChanges(items: readonly ScoreHistoryPoint[]): MethodologyChange[] {
  const changes: MethodologyChange[] = [];
  items.forEach((point, index) => {
    const previous = items[index - 1];
    if (previous && previous.methodologyVersion !== point.methodologyVersion)
      changes.push({
        index,
        from: previous.methodologyVersion,
        to: point.methodologyVersion,
        computedAt: point.computedAt,
      });
  });
  return changes;
}
