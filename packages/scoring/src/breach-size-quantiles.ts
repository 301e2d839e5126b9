// Breach magnitude calibrated against the HHS OCR breach portal. A count of individuals means little on its own
// (is 250,000 a lot?); its place among the breaches filed with OCR says how it compares. The table is computed once,
// by src/tools/build-breach-size-table.ts from an export of the portal, and committed as breach-size-table.ts, so
// this file stays pure: it turns parsed rows into a table and reads a percentile off a table.
import { BREACH_SIZE_TABLE } from "./breach-size-table";

/** One row of the portal export, reduced to the fields the calibration reads. */
export interface HhsBreachRow {
  /** 1-based line of the export the row came from, so an error can point at it. */
  line: number;
  coveredEntityType: string;
  individualsAffected: number;
  /** ISO date (YYYY-MM-DD) of the Breach Submission Date column. */
  submissionDate: string;
  /** The Type of Breach cell split at ", " ("Hacking/IT Incident, Theft" holds two types). */
  breachTypes: readonly string[];
  businessAssociatePresent: boolean;
}

/** One point of the table: `percent` of the population filed at most `individuals` (interpolated). */
export interface BreachSizePoint {
  percent: number;
  individuals: number;
}

export interface BreachSizeTable {
  /** File name of the export the table was computed from (the file itself is not part of Ward). */
  sourceFile: string;
  /** The export's date: the latest Breach Submission Date in it, ISO. */
  exportDate: string;
  /** Data rows in the export, before the population was selected. */
  exportRows: number;
  population: string;
  quantileDefinition: string;
  /** Breaches in the population. */
  n: number;
  points: readonly BreachSizePoint[];
}

export const TABLE_PERCENTS = [0, 1, 5, 10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 100] as const;

// "Business Associate Present = Yes" alone reproduces the published calibration figures for this population
// (n = 1,629, median 6,215, p90 245,668, p99 4.07M).
// Adding rows filed by a business associate as covered entity (Covered Entity Type = "Business Associate") with
// the flag "No" gives 1,632 and a median of 6,274, so the flag is the definition the published figures rest on.
export const POPULATION = "Type of Breach includes Hacking/IT Incident; Business Associate Present is Yes";
export const QUANTILE_DEFINITION = "Hyndman-Fan type 7, linear between order statistics (R, numpy default)";

export const HACKING = "Hacking/IT Incident";

/** The portal's column order; two headers come out broken, so columns are read by position, not by name. */
const COLUMNS = {
  coveredEntityType: 2,
  individualsAffected: 3,
  submissionDate: 4,
  typeOfBreach: 5,
  businessAssociatePresent: 7,
} as const;
const COLUMN_COUNT = 9;

export class PortalExportError extends Error {
  constructor(line: number, field: string, detail: string) {
    super(`line ${line}, ${field}: ${detail}`);
    this.name = "PortalExportError";
  }
}

/**
 * Turns the export's records (header first, as a CSV parser returns them) into rows. Nothing is skipped: a record
 * that cannot be read stops the whole reading with its line and field, because a silently dropped row would
 * shift every quantile without anyone noticing.
 */
export function readPortalRecords(records: readonly (readonly string[])[]): HhsBreachRow[] {
  const [header, ...data] = records;
  if (header?.[COLUMNS.individualsAffected] !== "Individuals Affected") {
    throw new PortalExportError(1, "header", 'column 4 is not "Individuals Affected"; not a portal export');
  }
  return data.map((record, index) => readRecord(record, index + 2));
}

function readRecord(record: readonly string[], line: number): HhsBreachRow {
  if (record.length !== COLUMN_COUNT) {
    throw new PortalExportError(line, "record", `${record.length} columns, expected ${COLUMN_COUNT}`);
  }
  const field = (column: keyof typeof COLUMNS) => record[COLUMNS[column]] ?? "";
  // Counts come as "4237" in the export and as "4,237" when a spreadsheet has been through the file.
  const count = field("individualsAffected").replace(/\D/g, "");
  if (count === "") {
    throw new PortalExportError(
      line,
      "Individuals Affected",
      `no digits in "${field("individualsAffected")}"`,
    );
  }
  const presence = field("businessAssociatePresent");
  if (presence !== "Yes" && presence !== "No") {
    throw new PortalExportError(line, "Business Associate Present", `"${presence}" is neither Yes nor No`);
  }
  const breachTypes = field("typeOfBreach")
    .split(", ")
    .map((type) => type.trim());
  if (breachTypes.some((type) => type === "")) {
    throw new PortalExportError(line, "Type of Breach", "empty");
  }
  return {
    line,
    coveredEntityType: field("coveredEntityType"),
    individualsAffected: Number(count),
    submissionDate: isoDate(field("submissionDate"), line),
    breachTypes,
    businessAssociatePresent: presence === "Yes",
  };
}

function isoDate(portalDate: string, line: number): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(portalDate);
  const [, month, day, year] = match ?? [];
  const iso = `${year}-${month}-${day}`;
  if (!match || Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso) {
    throw new PortalExportError(line, "Breach Submission Date", `"${portalDate}" is not a MM/DD/YYYY date`);
  }
  return iso;
}

export function inPopulation(row: HhsBreachRow): boolean {
  return row.businessAssociatePresent && row.breachTypes.includes(HACKING);
}

/**
 * The type-7 quantile of sorted sizes at `percent`. The position (n - 1) * percent / 100 is taken in thousandths
 * of a percent with integers, so 99.9% of 1,629 rows lands on the same order statistic on every machine; the
 * result has at most five decimals and is rounded there to keep the generated file free of float noise.
 */
function quantile(sorted: readonly number[], percent: number): number {
  const scaled = (sorted.length - 1) * Math.round(percent * 1000);
  const lower = Math.floor(scaled / 100_000);
  const fraction = (scaled % 100_000) / 100_000;
  const low = sorted[lower] ?? 0;
  const high = sorted[Math.min(lower + 1, sorted.length - 1)] ?? low;
  return Math.round((low + fraction * (high - low)) * 100_000) / 100_000;
}

/** The calibration table of a parsed export: the population's size quantiles and where the export stands. */
export function computeBreachSizeTable(rows: readonly HhsBreachRow[], sourceFile: string): BreachSizeTable {
  const sizes = rows
    .filter(inPopulation)
    .map((row) => row.individualsAffected)
    .sort((a, b) => a - b);
  if (sizes.length === 0)
    throw new Error("no hacking breach with a business associate present in the export");
  // ISO dates sort as text, so the last one is the latest filing: the export's date.
  const exportDate =
    rows
      .map((row) => row.submissionDate)
      .sort()
      .at(-1) ?? "";
  return {
    sourceFile,
    exportDate,
    exportRows: rows.length,
    population: POPULATION,
    quantileDefinition: QUANTILE_DEFINITION,
    n: sizes.length,
    points: TABLE_PERCENTS.map((percent) => ({ percent, individuals: quantile(sizes, percent) })),
  };
}

interface Knot {
  log: number;
  share: number;
}

/**
 * The knots the percentile runs through, in log10(individuals). The table's 0% point is the smallest filed size,
 * which is the portal's reporting floor (500 individuals), not the bottom of all breaches; leaving it at 0 would
 * make every size below it 0 and the curve flat there. So the 0% point gives way to "1 individual is the 0th
 * percentile", and the curve rises in log space from there to the next point. Points of equal size (possible in
 * a small table) keep the highest percent, so the curve stays a function of size.
 */
function knotsOf(table: BreachSizeTable): Knot[] {
  const knots: Knot[] = [{ log: 0, share: 0 }];
  for (const point of table.points) {
    if (point.percent === 0 || point.individuals <= 1) continue;
    const knot = { log: Math.log10(point.individuals), share: point.percent / 100 };
    const last = knots[knots.length - 1];
    if (last && last.log === knot.log) last.share = Math.max(last.share, knot.share);
    else knots.push(knot);
  }
  return knots;
}

const knotCache = new WeakMap<BreachSizeTable, Knot[]>();
const defaultTable: BreachSizeTable = BREACH_SIZE_TABLE;
const defaultKnots: Knot[] = knotsOf(BREACH_SIZE_TABLE);

/**
 * Where a breach of `individuals` falls among the calibration population, in [0, 1]: piecewise linear in
 * log10(individuals) between the table's points, 0 at one individual (and below), 1 at and above the largest
 * filed breach. Log space because sizes span six orders of magnitude and a breach ten times larger should move
 * the same distance whether it goes from 1,000 to 10,000 or from 1M to 10M; linear between points so the curve is
 * continuous and strictly rising, and one more individual never jumps it.
 */
export function breachSizePercentile(
  individuals: number,
  table: BreachSizeTable = BREACH_SIZE_TABLE,
): number {
  if (Number.isNaN(individuals)) throw new RangeError("individuals must be a number");
  // The committed table is the one scoring reads; its knots are kept aside, sparing a lookup per breach.
  let knots = table === defaultTable ? defaultKnots : knotCache.get(table);
  if (!knots) {
    knots = knotsOf(table);
    knotCache.set(table, knots);
  }
  if (individuals <= 1) return 0;
  const log = Math.log10(individuals);
  for (let k = 1; k < knots.length; k++) {
    const high = knots[k] as Knot;
    if (log <= high.log) {
      const low = knots[k - 1] as Knot;
      return low.share + ((log - low.log) / (high.log - low.log)) * (high.share - low.share);
    }
  }
  return 1;
}
