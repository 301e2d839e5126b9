import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BreachSizeTable,
  breachSizePercentile,
  computeBreachSizeTable,
  type HhsBreachRow,
  POPULATION,
  QUANTILE_DEFINITION,
  readPortalRecords,
  TABLE_PERCENTS,
} from "./breach-size-quantiles";
import { BREACH_SIZE_TABLE } from "./breach-size-table";

const RUNS = { numRuns: 500 };
const LARGEST = BREACH_SIZE_TABLE.points.at(-1)?.individuals ?? 0;
const sizeAt = (percent: number) => BREACH_SIZE_TABLE.points.find((p) => p.percent === percent)?.individuals;

// The portal's quirks: broken headers of columns 1 and 8, several types in one cell (hacking not always first),
// typographic quotes and a d/b/a clause in a name, a count with a thousands separator, MM/DD/YYYY dates, and a
// business associate filing as covered entity with the flag "No" (outside the population).
const PORTAL_SAMPLE = `"javax.faces.component.UIPanel@3c1f2b7a","State","Covered Entity Type","Individuals Affected","Breach Submission Date","Type of Breach","Location of Breached Information","javax.faces.component.UIPanel@5e8d4c19","Web Description"
"Erlanger Health","TN","Healthcare Provider","4237","07/01/2026","Unauthorized Access/Disclosure","Electronic Medical Record","No",""
"Virta Health","CO","Business Associate","602","06/30/2026","Hacking/IT Incident","Network Server","Yes",""
"\u201cAcme\u201d Billing, LLC d/b/a Acme \u2013 RCM","TX","Healthcare Provider","12,500","03/15/2024","Hacking/IT Incident, Unauthorized Access/Disclosure","Network Server, Email","Yes",""
"Some Business Associate","FL","Business Associate","90000","01/02/2025","Hacking/IT Incident","Network Server","No",""
"Clinic","OH","Healthcare Provider","501","11/20/2023","Hacking/IT Incident","Email","Yes",""
"Health Plan X","NY","Health Plan","2000000","05/05/2025","Theft, Hacking/IT Incident","Laptop","Yes",""
"Paper Place","CA","Healthcare Provider","700","10/21/2009","Unauthorized Access/Disclosure","Paper/Films","Yes",""
`;

const recordsOf = (csv: string): string[][] => parse(csv, { bom: true });
const tableOf = (csv: string, file = "sample.csv") =>
  computeBreachSizeTable(readPortalRecords(recordsOf(csv)), file);

describe("reading a portal export", () => {
  it("selects hacking breaches with a business associate present, whatever else the row says", () => {
    const table = tableOf(PORTAL_SAMPLE);
    // Population, sorted: 501, 602, 12,500, 2,000,000. Type 7 puts percent p at position 3p/100.
    expect(table.n).toBe(4);
    expect(table.exportRows).toBe(7);
    expect(table.exportDate).toBe("2026-07-01");
    const at = (percent: number) => table.points.find((p) => p.percent === percent)?.individuals;
    expect(at(0)).toBe(501);
    expect(at(25)).toBe(501 + 0.75 * (602 - 501));
    expect(at(50)).toBe(602 + 0.5 * (12_500 - 602));
    expect(at(100)).toBe(2_000_000);
  });

  it("stops at a row it cannot read, naming the line and the field", () => {
    const lines = PORTAL_SAMPLE.trimEnd().split("\n");
    const broken = (line: number, from: string, to: string) =>
      lines.map((text, i) => (i === line - 1 ? text.replace(from, to) : text)).join("\n");
    expect(() => tableOf(broken(3, '"602"', '"unknown"'))).toThrow(/line 3, Individuals Affected/);
    expect(() => tableOf(broken(4, '"Yes"', '"Maybe"'))).toThrow(/line 4, Business Associate Present/);
    expect(() => tableOf(broken(6, "11/20/2023", "2023-11-20"))).toThrow(/line 6, Breach Submission Date/);
    expect(() => tableOf(broken(6, "11/20/2023", "02/30/2023"))).toThrow(/line 6, Breach Submission Date/);
    expect(() => readPortalRecords([...recordsOf(PORTAL_SAMPLE), ["short"]])).toThrow(/line 9, record/);
    expect(() => tableOf(lines.slice(1).join("\n"))).toThrow(/line 1, header/);
  });

  it("refuses an export with no breach in the population rather than inventing a table", () => {
    const header = PORTAL_SAMPLE.split("\n")[0] as string;
    expect(() => tableOf(`${header}\n`)).toThrow(/no hacking breach/);
  });
});

describe("the committed table", () => {
  const exportPath = process.env.HHS_OCR_EXPORT;
  if (exportPath) {
    it("is exactly what the export named by HHS_OCR_EXPORT gives", () => {
      const fromFile = tableOf(readFileSync(exportPath, "utf8"), basename(exportPath));
      expect(fromFile).toEqual(BREACH_SIZE_TABLE);
    });
  } else {
    it("has the shape, population and definition the code produces (set HHS_OCR_EXPORT to recompute it)", () => {
      const sample = tableOf(PORTAL_SAMPLE);
      expect(Object.keys(BREACH_SIZE_TABLE).sort()).toEqual(Object.keys(sample).sort());
      expect(BREACH_SIZE_TABLE.population).toBe(sample.population);
      expect(BREACH_SIZE_TABLE.quantileDefinition).toBe(sample.quantileDefinition);
      expect(BREACH_SIZE_TABLE.points.map((p) => p.percent)).toEqual(sample.points.map((p) => p.percent));
    });
  }

  it("is the HHS OCR history to 2026-07-01, in ascending order from the portal's 500-individual floor", () => {
    expect(BREACH_SIZE_TABLE.exportDate).toBe("2026-07-01");
    expect(BREACH_SIZE_TABLE.population).toBe(POPULATION);
    expect(BREACH_SIZE_TABLE.quantileDefinition).toBe(QUANTILE_DEFINITION);
    expect(BREACH_SIZE_TABLE.points.map((p) => p.percent)).toEqual([...TABLE_PERCENTS]);
    const sizes = BREACH_SIZE_TABLE.points.map((p) => p.individuals);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(sizes[0]).toBeGreaterThanOrEqual(500);
  });

  it("agrees with the published calibration figures: n 1,629, median 6,215, p90 245,668, p99 4.07M", () => {
    expect(BREACH_SIZE_TABLE.n).toBe(1629);
    expect(sizeAt(50)).toBe(6215);
    expect(Math.round(sizeAt(90) ?? 0)).toBe(245_668);
    expect(((sizeAt(99) ?? 0) / 1e6).toFixed(2)).toBe("4.07");
  });
});

/** Tables from arbitrary populations, so the curve's guarantees do not rest on one export. */
const tableArbitrary: fc.Arbitrary<BreachSizeTable> = fc
  .array(fc.integer({ min: 500, max: 300_000_000 }), { minLength: 1, maxLength: 60 })
  .map((sizes) => {
    const rows: HhsBreachRow[] = sizes.map((individualsAffected, i) => ({
      line: i + 2,
      coveredEntityType: "Business Associate",
      individualsAffected,
      submissionDate: "2026-07-01",
      breachTypes: ["Hacking/IT Incident"],
      businessAssociatePresent: true,
    }));
    return computeBreachSizeTable(rows, "arbitrary.csv");
  });

describe("breachSizePercentile", () => {
  it("stays within 0..1 for any size, and is 0 at one individual and 1 from the largest filed breach", () => {
    fc.assert(
      fc.property(tableArbitrary, fc.double({ min: -1e12, max: 1e12, noNaN: true }), (table, individuals) => {
        const share = breachSizePercentile(individuals, table);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
    expect(breachSizePercentile(1)).toBe(0);
    expect(breachSizePercentile(LARGEST)).toBe(1);
    expect(breachSizePercentile(LARGEST * 10)).toBe(1);
  });

  it("rises strictly: a larger breach, up to the largest filed, always sits higher", () => {
    fc.assert(
      fc.property(tableArbitrary, fc.integer({ min: 1, max: 300_000_000 }), (table, a) => {
        const largest = table.points.at(-1)?.individuals ?? 0;
        fc.pre(a < largest);
        const b = a + 1;
        expect(breachSizePercentile(b, table)).toBeGreaterThan(breachSizePercentile(a, table));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LARGEST - 1 }), fc.integer({ min: 1, max: LARGEST }), (a, b) => {
        fc.pre(a < b);
        expect(breachSizePercentile(b)).toBeGreaterThan(breachSizePercentile(a));
      }),
      RUNS,
    );
  });

  it("is continuous: one more individual moves it by at most the steepest table segment's slope in log10", () => {
    const points = [{ individuals: 1, share: 0 }].concat(
      BREACH_SIZE_TABLE.points.filter((p) => p.percent > 0).map((p) => ({ ...p, share: p.percent / 100 })),
    );
    const steepest = Math.max(
      ...points.slice(1).map((p, i) => {
        const q = points[i] as (typeof points)[number];
        return (p.share - q.share) / Math.log10(p.individuals / q.individuals);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 * LARGEST }), (n) => {
        const step = breachSizePercentile(n + 1) - breachSizePercentile(n);
        expect(step).toBeLessThanOrEqual(steepest * Math.log10((n + 1) / n) + 1e-12);
        // The steepest stretch is the 500/501 placeholder cluster (1% of filings); past it, a step is tiny.
        expect(step).toBeLessThanOrEqual(0.01 + 1e-12);
        if (n >= 1000) expect(step).toBeLessThan(0.001);
      }),
      RUNS,
    );
  });

  it("passes through the table's points, so a median breach reads 0.5 and a p99 breach 0.99", () => {
    for (const point of BREACH_SIZE_TABLE.points.filter((p) => p.percent > 0)) {
      expect(breachSizePercentile(point.individuals)).toBeCloseTo(point.percent / 100, 12);
    }
    expect(breachSizePercentile(BREACH_SIZE_TABLE.points[0]?.individuals ?? 0)).toBeGreaterThan(0);
  });

  it("rises below the portal's 500-individual floor too, down to 0 at one individual", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (a) => {
        expect(breachSizePercentile(a + 1)).toBeGreaterThan(breachSizePercentile(a));
      }),
      RUNS,
    );
  });

  it("is linear in log10 of the size: the geometric middle of two table points reads their middle percent", () => {
    const points = BREACH_SIZE_TABLE.points.filter((p) => p.percent > 0);
    for (const [i, high] of points.slice(1).entries()) {
      const low = points[i] as (typeof points)[number];
      const middle = Math.sqrt(low.individuals * high.individuals);
      expect(breachSizePercentile(middle)).toBeCloseTo((low.percent + high.percent) / 200, 12);
    }
  });

  it("rejects a size that is not a number", () => {
    expect(() => breachSizePercentile(Number.NaN)).toThrow(RangeError);
  });
});

describe("docs/breach-size-calibration.md", () => {
  const doc = readFileSync(new URL("../../../docs/breach-size-calibration.md", import.meta.url), "utf8");
  const rowsAfter = (heading: string) => {
    const section = doc.split(heading)[1]?.split("\n## ")[0] ?? "";
    return section
      .split("\n")
      .filter((line) => /^\| .*\d/.test(line))
      .map((line) => line.split("|").map((cell) => cell.trim()));
  };
  const count = (text: string) => Number(text.replace(/\D/g, ""));

  it("shows the committed quantiles", () => {
    const rows = rowsAfter("## The table");
    expect(rows.map((cells) => Number(cells[1]))).toEqual(BREACH_SIZE_TABLE.points.map((p) => p.percent));
    expect(rows.map((cells) => count(cells[2] ?? ""))).toEqual(
      BREACH_SIZE_TABLE.points.map((p) => Math.round(p.individuals)),
    );
  });

  it("places each seeded breach where the code does", () => {
    const rows = rowsAfter("## Where the seeded breaches fall");
    expect(rows).toHaveLength(10);
    for (const cells of rows) {
      expect(cells[3]).toBe((breachSizePercentile(count(cells[2] ?? "")) * 100).toFixed(2));
    }
  });
});
