import { describe, expect, it } from "vitest";
import { statisticsStale } from "./embedded-upkeep";

describe("when the embedded database's statistics are stale", () => {
  it.each([
    [-1, 0, true, "never gathered"],
    [0, 0, false, "an empty table, counted empty"],
    [0, 50, false, "fifty rows added to an empty table"],
    [0, 51, true, "fifty-one rows added to an empty table"],
    [5000, 5550, false, "a tenth and fifty more"],
    [5000, 5551, true, "past a tenth and fifty"],
    [5000, 4449, true, "shrunk past a tenth and fifty"],
    [10, 5010, true, "a portfolio imported after the statistics were gathered"],
  ])("counted %i, now %i: %s", (counted, rows, stale) => {
    expect(statisticsStale(counted, rows)).toBe(stale);
  });
});
