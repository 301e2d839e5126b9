import { z } from "zod";

export const id = z.uuid();

/** A calendar date, YYYY-MM-DD, with no time zone: the way sources state incident dates. */
export const isoDate = z.iso.date();

/** A point in time, ISO 8601 with offset. */
export const isoDateTime = z.iso.datetime({ offset: true });

export const idParam = z.object({ id });
export const vendorChildParam = z.object({ id, childId: id });

const trimmed = (max: number) => z.string().trim().min(1).max(max);
export const shortText = trimmed(200);
export const longText = z.string().trim().max(5000);
export const url = z.url({ protocol: /^https?$/ }).max(2000);

/** Whole numbers from query strings arrive as text. */
export const queryInt = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const pageInfo = z.object({
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
});
