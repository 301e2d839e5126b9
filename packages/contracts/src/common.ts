import { z } from "zod";

export const id = z.uuid();

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The checks of `text`, for other string schemas such as a URL too. */
const storable = [
  z.refine<string>((value) => !value.includes("\u0000"), "Text cannot contain the NUL character (\\u0000)"),
  z.refine<string>(
    (value) => !loneSurrogate.test(value),
    "Text cannot contain an unpaired surrogate (not valid Unicode)",
  ),
];

/**
 * Every text a request carries. PostgreSQL's text and jsonb cannot hold the NUL character, and an unpaired UTF-16
 * surrogate is not Unicode at all (it cannot be encoded as UTF-8 without being replaced), so both are refused here,
 * once, with a message the field's issue carries, instead of failing in the database.
 */
export const text = () => z.string().check(...storable);

/**
 * The calendar dates Ward accepts: 1900-01-01 to 2199-12-31. Vendors' histories, incidents, end-of-support and
 * retention dates all fall well inside it; anything outside is a typing error (or year 0000, which PostgreSQL
 * cannot store).
 */
export const DATE_RANGE = { first: "1900-01-01", last: "2199-12-31" } as const;
const inDateRange = (day: string) => day >= DATE_RANGE.first && day <= DATE_RANGE.last;
const dateRangeMessage = `Use a date from ${DATE_RANGE.first} to ${DATE_RANGE.last}`;

/** A calendar date, YYYY-MM-DD, with no time zone (the way sources state incident dates), in `DATE_RANGE`. */
export const isoDate = z.iso.date().refine(inDateRange, dateRangeMessage);

/** A point in time, ISO 8601 with offset, on a day in `DATE_RANGE` (UTC). */
export const isoDateTime = z.iso.datetime({ offset: true }).refine((value) => {
  const at = new Date(value);
  // An unparseable value already failed the format check; this check only adds the range.
  return Number.isNaN(at.getTime()) || inDateRange(at.toISOString().slice(0, 10));
}, dateRangeMessage);

export const idParam = z.object({ id });
export const vendorChildParam = z.object({ id, childId: id });

const trimmed = (max: number) => text().trim().min(1).max(max);
export const shortText = trimmed(200);
export const longText = text().trim().max(5000);
/** Optional text that may be empty, e.g. a publisher or a version, at most `max` characters. */
export const plainText = (max: number) => text().trim().max(max);
export const url = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .check(...storable);

/** Whole numbers from query strings arrive as text. */
export const queryInt = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** An amount of money in US dollars: no settlement, fine or deal is a thousand billion. */
export const amountUsd = z.number().nonnegative().max(1_000_000_000_000);

export const pageInfo = z.object({
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
});
