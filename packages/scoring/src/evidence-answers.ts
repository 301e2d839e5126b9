import { answerShare, assuranceCredit, type RiskShare, UNKNOWN_SHARES, unknownShare } from "./assurance";
import { compareText, missingSource } from "./contributions";
import type { DimensionBuilder } from "./dimension-builder";
import type { CatalogueEntry } from "./evidence-catalogue";
import { catalogueEntry, catalogueIndexOf, EVIDENCE_CATALOGUE } from "./evidence-catalogue";
import { FACTOR_GROUPS, type FactorGroup } from "./factor-groups";
import { dayNumber, formatDate, formatPercent } from "./plain-language";
import type { ScoringContext } from "./scoring-context";
import { clamp } from "./tiers";
import type { ContributionSource, ScoringEvidence } from "./types";

/**
 * Risk of an answer, 0 (control fully in place) to 1 (absent), or null when the value says nothing
 * ("unknown", or a value the factor cannot read).
 */
export function answerRisk(entry: CatalogueEntry, value: boolean | number | string): number | null {
  const text = typeof value === "string" ? value.trim().toLowerCase() : null;
  if (entry.kind === "days") {
    const days =
      typeof value === "number" ? value : text !== null && isPlainDecimal(text) ? Number(text) : null;
    if (days !== null && days >= 0)
      return clamp((days - entry.goodAtMost) / (entry.badAtLeast - entry.goodAtMost), 0, 1);
    if (value === false || text === "never" || text === "no") return 1;
    return null;
  }
  if (text === "partial") return 0.5;
  let answer: boolean | null = null;
  if (value === true || text === "yes" || text === "true") answer = true;
  else if (value === false || text === "no" || text === "false") answer = false;
  if (entry.kind === "coverage") {
    if (answer !== null) return answer ? 0 : 1;
    if (typeof value !== "number" || value < 0 || value > 100) return null;
    // Shares up to 1 are fractions; larger numbers are percentages.
    return 1 - (value <= 1 ? value : value / 100);
  }
  if (answer === null && typeof value === "number" && (value === 0 || value === 1)) answer = value === 1;
  if (answer === null) return null;
  return answer === entry.goodValue ? 0 : 1;
}

/** A decimal digit's character code. */
function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Digits, then optionally a point and more digits: what `/^\d+(\.\d+)?$/` accepts, read by hand because
 * every text answer to a days factor ("unknown", "never") is checked.
 */
export function isPlainDecimal(text: string): boolean {
  const length = text.length;
  let i = 0;
  while (i < length && isDigitCode(text.charCodeAt(i))) i++;
  if (i === 0) return false;
  if (i === length) return true;
  if (text.charCodeAt(i) !== 46) return false;
  const fractionStart = ++i;
  while (i < length && isDigitCode(text.charCodeAt(i))) i++;
  return i > fractionStart && i === length;
}

/**
 * Weight of an answer by age: full for `freshDays`, then falling linearly to nothing at three times that.
 */
export function freshness(ageDays: number, freshDays: number): number {
  if (ageDays <= freshDays) return 1;
  return clamp(1 - (ageDays - freshDays) / (2 * freshDays), 0, 1);
}

function riskForTie(row: ScoringEvidence): number {
  const entry = catalogueEntry(row.factor);
  return entry ? (answerRisk(entry, row.value) ?? UNKNOWN_SHARES[entry.dimension]) : 0;
}

/** The answer in force for each catalogue key, by position in `EVIDENCE_CATALOGUE`, and the day it was observed. */
export interface AnswersInForce {
  rows: (ScoringEvidence | undefined)[];
  /** Days since 1970-01-01 on which each row was observed; 0 where there is no row. */
  days: number[];
}

/**
 * The answer in force for each catalogue key on `asOfDay` (days since 1970-01-01): the latest observed on or
 * before it. Answers observed later are ignored, and so are keys the engine does not score. Two answers on the
 * same day resolve to the worse one, then by id, so the order rows arrive in never matters. Each row's date is
 * read once, and the day kept for the freshness of the answer chosen. Throws a RangeError when the date of an
 * answer to a scored key is not an ISO date.
 */
export function latestAnswers(evidence: readonly ScoringEvidence[], asOfDay: number): AnswersInForce {
  // Fixed-length arrays rather than a Map: a portfolio score builds them once per vendor.
  const rows = new Array<ScoringEvidence | undefined>(EVIDENCE_CATALOGUE.length).fill(undefined);
  const days = new Array<number>(EVIDENCE_CATALOGUE.length).fill(0);
  for (const row of evidence) {
    const index = catalogueIndexOf(row.factor);
    if (index === undefined) continue;
    const day = dayNumber(row.observedOn);
    if (day > asOfDay) continue;
    const current = rows[index];
    if (!current || isBetterPick(row, day, current, days[index] as number)) {
      rows[index] = row;
      days[index] = day;
    }
  }
  return { rows, days };
}

function isBetterPick(
  row: ScoringEvidence,
  day: number,
  current: ScoringEvidence,
  currentDay: number,
): boolean {
  if (day !== currentDay) return day > currentDay;
  const riskDiff = riskForTie(row) - riskForTie(current);
  if (riskDiff !== 0) return riskDiff > 0;
  return compareText(row.id, current.id) > 0;
}

function withoutStop(sentence: string): string {
  return sentence.endsWith(".") ? sentence.slice(0, -1) : sentence;
}

function knownSentence(entry: CatalogueEntry, value: boolean | number | string, risk: number): string {
  if (entry.kind === "days" && value !== false && Number.isFinite(Number(value)))
    return entry.describe(Number(value));
  if (risk === 0) return entry.good;
  if (risk === 1) return entry.bad;
  if (entry.kind === "coverage" && typeof value === "number") {
    return `${entry.label} covers only ${formatPercent(1 - risk)} of ${entry.scope}.`;
  }
  const scope = entry.kind === "coverage" ? entry.scope : "the cases that matter";
  return `${entry.label} covers only part of ${scope}.`;
}

/**
 * The opening of a stale answer's sentence when the answer is the plain good or bad one, built once per entry and
 * kept by catalogue position.
 */
const staleOpenings: readonly { good: string; bad: string }[] = EVIDENCE_CATALOGUE.map((entry) => ({
  good: `${withoutStop(entry.good)}, as last confirmed on `,
  bad: `${withoutStop(entry.bad)}, as last confirmed on `,
}));
const STALE_CLOSING_YEAR = "; an answer more than a year old counts for less.";

/** The known sentence, with when it was last confirmed and that an old answer counts for less. */
function staleSentence(
  entry: CatalogueEntry,
  index: number | undefined,
  value: boolean | number | string,
  risk: number,
  observedOn: string,
  limit: number,
): string {
  const closing =
    limit === 365 ? STALE_CLOSING_YEAR : `; an answer more than ${limit} days old counts for less.`;
  const known = knownSentence(entry, value, risk);
  const openings = index === undefined ? undefined : staleOpenings[index];
  // The plain good or bad sentence has its opening ready; any other is cut and joined here.
  const opening =
    openings !== undefined && known === entry.good
      ? openings.good
      : openings !== undefined && known === entry.bad
        ? openings.bad
        : `${withoutStop(known)}, as last confirmed on `;
  return `${opening}${formatDate(observedOn)}${closing}`;
}

// Each catalogue entry's group and unknown share by catalogue position, so scoring an answer reads an array
// rather than a table keyed by a name that changes from entry to entry.
const GROUP_BY_INDEX: readonly FactorGroup[] = EVIDENCE_CATALOGUE.map((entry) => FACTOR_GROUPS[entry.group]);
const UNKNOWN_BY_INDEX: readonly number[] = EVIDENCE_CATALOGUE.map(
  (entry) => UNKNOWN_SHARES[entry.dimension],
);
const UNKNOWN_SHARE_BY_INDEX: readonly RiskShare[] = UNKNOWN_BY_INDEX.map((unknown) => unknownShare(unknown));
/** The plain good and bad sentences said on the vendor's word alone, made once per entry. */
const ON_ITS_WORD: readonly { good: string; bad: string }[] = EVIDENCE_CATALOGUE.map((entry) => ({
  good: `${withoutStop(entry.good)}, on the vendor's word alone.`,
  bad: `${withoutStop(entry.bad)}, on the vendor's word alone.`,
}));

/** A sentence said on the vendor's word alone. */
function onItsWord(entry: CatalogueEntry, index: number | undefined, known: string): string {
  const cached = index === undefined ? undefined : ON_ITS_WORD[index];
  if (cached !== undefined && known === entry.good) return cached.good;
  if (cached !== undefined && known === entry.bad) return cached.bad;
  return `${withoutStop(known)}, on the vendor's word alone.`;
}

/** A recorded fact an answer could contradict, and the sentence that says so. */
export interface RecordedCounterpart {
  /** Risk the recorded fact implies for this factor. */
  risk: number;
  record: ContributionSource;
  /** Says what the record shows, for "…, but {shows}." */
  shows: string;
}

/**
 * Adds one catalogue entry's answer in force to its group. Returns nothing when the entry does not apply to this
 * vendor and nothing was answered. A good answer counts by its assurance and freshness (see assurance.ts). When a
 * recorded fact says the opposite of a good answer, the answer is a contradiction: it is reported, and it counts as
 * if nobody had answered until an analyst resolves it, so the recorded fact decides the group.
 */
export function scoreCatalogueEntry(
  context: ScoringContext,
  builder: DimensionBuilder,
  entry: CatalogueEntry,
  applies: boolean,
  index: number | undefined = catalogueIndexOf(entry.factor),
  counterpart: RecordedCounterpart | null = null,
): void {
  const row = index === undefined ? undefined : context.answers[index];
  if (!row && !applies) return;
  const group = index === undefined ? FACTOR_GROUPS[entry.group] : (GROUP_BY_INDEX[index] as FactorGroup);
  const unknown = index === undefined ? UNKNOWN_SHARES[entry.dimension] : (UNKNOWN_BY_INDEX[index] as number);
  const risk = row ? answerRisk(entry, row.value) : null;
  if (!row || risk === null) {
    builder.addAnswer(
      group,
      entry.factor,
      entry.label,
      index === undefined ? unknownShare(unknown) : (UNKNOWN_SHARE_BY_INDEX[index] as RiskShare),
      row ? { kind: "evidence", id: row.id, url: row.sourceUrl } : missingSource,
      entry.unknown,
      entry.question,
    );
    return;
  }
  const source: ContributionSource = { kind: "evidence", id: row.id, url: row.sourceUrl };
  if (counterpart !== null && risk < counterpart.risk) {
    const sentence = `${withoutStop(knownSentence(entry, row.value, risk))}, but ${counterpart.shows}; the recorded fact counts until an analyst resolves the contradiction.`;
    builder.contradict({
      factorId: entry.factor,
      evidenceId: row.id,
      record: counterpart.record,
      explanation: sentence,
    });
    builder.addAnswer(
      group,
      entry.factor,
      entry.label,
      unknownShare(unknown),
      source,
      sentence,
      entry.question,
    );
    return;
  }
  // `index` is defined whenever `row` is: rows are found by it.
  const fresh = freshness(
    context.asOfDay - (context.answerDays[index as number] as number),
    context.settings.evidenceFreshnessDays,
  );
  const credit = assuranceCredit(row.assurance) * fresh;
  const share = answerShare(risk, credit, unknown);
  const stale = fresh < 1 && risk < unknown;
  const known = stale
    ? staleSentence(entry, index, row.value, risk, row.observedOn, context.settings.evidenceFreshnessDays)
    : knownSentence(entry, row.value, risk);
  const explanation =
    share.basis === "unverified" && row.assurance === "self_attested" && !stale
      ? onItsWord(entry, index, known)
      : known;
  builder.addAnswer(
    group,
    entry.factor,
    entry.label,
    share,
    source,
    explanation,
    share.basis === "unverified" ? entry.question : null,
  );
}
