import dayjs from "dayjs";

/** A calendar date (YYYY-MM-DD) as people write it, e.g. "8 Jun 2022". */
export function formatDay(isoDate: string): string {
  const day = dayjs(isoDate);
  return day.isValid() ? day.format("D MMM YYYY") : isoDate;
}

const compactUsd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  notation: "compact",
  maximumFractionDigits: 1,
});

/** Large dollar amounts the way boards read them: "$28.3B". */
export function formatUsd(amount: number): string {
  return compactUsd.format(amount);
}

const wholeNumber = new Intl.NumberFormat("en-US");

export function formatCount(value: number): string {
  return wholeNumber.format(value);
}

/** A moment in the reader's own time zone, e.g. "17 Jun 2025, 14:03". */
export function formatDateTime(moment: string | Date): string {
  const value = dayjs(moment);
  return value.isValid() ? value.format("D MMM YYYY, HH:mm") : String(moment);
}
