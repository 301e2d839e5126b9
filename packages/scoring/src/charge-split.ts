import type { ScoreContribution } from "./types";

/** A contribution's part of a charge several records share. */
export interface ChargePart {
  contribution: ScoreContribution;
  weight: number;
}

/**
 * Puts `tenths` tenths of a point on the parts in proportion to their weights, by largest remainder: each part
 * gets the whole tenths of its exact share, and the tenths left over go to the largest remainders, the first of
 * equals first. The parts always add up to the charge, so the same records split across two holdings give exactly
 * the same score. With no weight at all, the parts share it evenly.
 */
export function splitByLargestRemainder(parts: readonly ChargePart[], tenths: number): void {
  let total = 0;
  for (const part of parts) total += part.weight;
  const remainders: number[] = [];
  let given = 0;
  for (const part of parts) {
    const exact = total > 0 ? (tenths * part.weight) / total : tenths / parts.length;
    const whole = Math.floor(exact + 1e-9);
    remainders.push(exact - whole);
    part.contribution.points = whole;
    given += whole;
  }
  for (let left = tenths - given; left > 0; left--) {
    let best = 0;
    for (let i = 1; i < remainders.length; i++)
      if ((remainders[i] as number) > (remainders[best] as number)) best = i;
    remainders[best] = -1;
    (parts[best] as ChargePart).contribution.points += 1;
  }
  for (const part of parts) part.contribution.points /= 10;
}

/**
 * Puts `tenths` on the unanswered answers in equal parts, the first of equals taking what is left over: the
 * largest-remainder split with a weight of one for each unanswered answer and none for the others.
 */
export function splitAmongUnanswered(
  answers: readonly ScoreContribution[],
  unanswered: number,
  tenths: number,
): void {
  const base = Math.floor(tenths / unanswered);
  let left = tenths - base * unanswered;
  for (const answer of answers) {
    if (answer.basis !== "missing") continue;
    answer.points = (base + (left > 0 ? 1 : 0)) / 10;
    if (left > 0) left--;
  }
}
