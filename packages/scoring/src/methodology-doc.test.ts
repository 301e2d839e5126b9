import { readFileSync } from "node:fs";
import type { HoldingEnvironment, TriState } from "@ward/contracts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FACTOR_GROUP_LIST } from "./factor-groups";
import { METHODOLOGY_VERSION, scoreVendor } from "./score-vendor";
import { buildHolding, buildProfile } from "./testing/profile-builders";
import { SEED_AS_OF, SEED_PROFILES, seedProfile } from "./testing/seed-profiles";
import { TIER_LABELS } from "./tiers";
import { factorGroupTable, priorityMatrixTable } from "./tools/methodology-tables";
import { DIMENSION_IDS } from "./types";

const DOC = readFileSync(new URL("../../../docs/methodology.md", import.meta.url), "utf8");

/** The rows of every markdown table in a text, cells trimmed, separator rows dropped. */
function tablesIn(markdown: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  for (const raw of markdown.split("\n")) {
    const line = raw.trim();
    if (!line.startsWith("|")) {
      current = null;
      continue;
    }
    const cells = line
      .slice(1, line.endsWith("|") ? -1 : undefined)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replaceAll("\\|", "|"));
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    if (current === null) {
      current = [];
      tables.push(current);
    }
    current.push(cells);
  }
  return tables;
}

/** The document's table whose header matches the generated one's. */
function docTableLike(generated: string): { doc: string[][] | undefined; code: string[][] } {
  const code = tablesIn(generated)[0] as string[][];
  const header = JSON.stringify(code[0]);
  return { doc: tablesIn(DOC).find((t) => JSON.stringify(t[0]) === header), code };
}

describe("docs/methodology.md says what the engine does", () => {
  it("names the methodology version the engine stamps on every score", () => {
    expect(DOC).toContain(`Methodology version **${METHODOLOGY_VERSION}**`);
  });

  it("lists every factor group with the weight and members the code gives it", () => {
    const { doc, code } = docTableLike(factorGroupTable());
    expect(doc).toEqual(code);
    expect(code).toHaveLength(FACTOR_GROUP_LIST.length + 1);
  });

  it("shows the priority matrix the code applies", () => {
    const { doc, code } = docTableLike(priorityMatrixTable());
    expect(doc).toEqual(code);
  });

  it("states each seeded vendor's v2 overall score and how it is shown, as the engine computes them", () => {
    const calibration = tablesIn(DOC).find((t) => t[0]?.[0] === "vendor" && t[0]?.includes("v2 overall"));
    expect(calibration).toBeDefined();
    const rows = (calibration as string[][]).slice(1);
    expect(rows).toHaveLength(SEED_PROFILES.size);
    const header = (calibration as string[][])[0] as string[];
    const scoreAt = header.indexOf("v2 overall");
    const shownAt = header.indexOf("v2 shown as");
    for (const profile of SEED_PROFILES.values()) {
      const { overall } = scoreVendor(profile, {}, SEED_AS_OF);
      const row = rows.find((r) => r[0] === profile.vendor.name);
      expect(row, profile.vendor.name).toBeDefined();
      expect(row?.[scoreAt]).toBe(`${overall.score.toFixed(1)} ${TIER_LABELS[overall.tier]}`);
      expect(row?.[shownAt]).toBe(overall.state === "unassessed" ? "Unassessed" : TIER_LABELS[overall.tier]);
    }
  });

  it("gives Oracle Health's worked example the figures the engine computes today", () => {
    const { dimensions, overall, priority } = scoreVendor(seedProfile("oracle-health"), {}, SEED_AS_OF);
    const tenth = (n: number) => n.toFixed(1);
    const docRows = tablesIn(DOC).flat();
    for (const id of DIMENSION_IDS) {
      const d = dimensions[id];
      expect(DOC).toContain(
        `**${d.label}: ${tenth(d.score)}, ${TIER_LABELS[d.tier]}; range ${tenth(d.range.low)} to ${tenth(d.range.high)}; coverage ${d.coverage.toFixed(2)}; confidence ${d.confidence.toFixed(2)};`,
      );
      for (const c of d.contributions)
        expect(docRows).toContainEqual(
          expect.arrayContaining([`\`${c.factorId}\``, tenth(c.points), c.basis]),
        );
    }
    expect(DOC).toContain(
      `**Overall: ${tenth(overall.score)}, ${TIER_LABELS[overall.tier]}, ${overall.state}; range ${tenth(overall.range.low)} to ${tenth(overall.range.high)};`,
    );
    expect(DOC).toContain(`Priority: level ${priority.level} ${priority.label}`);
  });

  it("splitting the same records across two old copies changes nothing, as section 6 says", () => {
    const legacy = (holdings: ReturnType<typeof buildHolding>[]) =>
      scoreVendor(buildProfile({ dataHoldings: holdings }), {}, SEED_AS_OF).dimensions.legacyDataExposure;
    const summary = (d: ReturnType<typeof legacy>) => ({
      score: d.score,
      range: d.range,
      coverage: d.coverage,
      confidence: d.confidence,
      unknownPoints: d.unknownPoints,
    });
    const tenths = (d: ReturnType<typeof legacy>) =>
      d.contributions.reduce((sum, c) => sum + Math.round(c.points * 10), 0);
    fc.assert(
      fc.property(
        fc.nat(5_000_000),
        fc.nat(5_000_000),
        fc.constantFrom<HoldingEnvironment>("archive", "legacy", "migration_staging", "backup"),
        fc.constantFrom<TriState>("yes", "no", "unknown"),
        fc.constantFrom<TriState>("yes", "no", "unknown"),
        fc.constantFrom<TriState>("yes", "no", "unknown"),
        (a, b, environment, reachable, encrypted, otherEncrypted) => {
          const copy = buildHolding({
            environment,
            reachableWithCustomerCredentials: reachable,
            encryptedAtRest: encrypted,
            endOfSupport: "2020-01-01",
          });
          // A third copy that stays whole, so coverage counted by copies rather than records would show.
          const other = buildHolding({
            id: "z",
            environment: "archive",
            recordCount: 250_000,
            reachableWithCustomerCredentials: "unknown",
            encryptedAtRest: otherEncrypted,
          });
          const whole = legacy([{ ...copy, recordCount: a + b }, other]);
          const split = legacy([
            { ...copy, id: "a", recordCount: a },
            { ...copy, id: "b", recordCount: b },
            other,
          ]);
          // Exactly the same: each group's charge is rounded once and split among the copies by largest remainder.
          expect(summary(split)).toEqual(summary(whole));
          // And the score is the sum of the points the reasons show.
          expect(tenths(split)).toBe(Math.round(split.score * 10));
        },
      ),
    );
  });
});
