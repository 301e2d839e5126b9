import { describe, expect, it } from "vitest";
import { percentile, upsertSection } from "./report";

describe("benchmark report", () => {
  it("replaces a section in place and leaves the others", () => {
    const first = upsertSection("# B\n", { id: "a", title: "A", body: "one" });
    const both = upsertSection(first, { id: "b", title: "B", body: "two" });
    const replaced = upsertSection(both, { id: "a", title: "A", body: "three" });
    expect(replaced).toContain("three");
    expect(replaced).not.toContain("one");
    expect(replaced.indexOf("three")).toBeLessThan(replaced.indexOf("two"));
  });

  it("takes nearest-rank percentiles", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([], 50)).toBeNaN();
  });
});
