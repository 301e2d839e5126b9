import { describe, expect, it } from "vitest";
import { DATE_RANGE, isoDate, isoDateTime, shortText, text, url } from "./common";

describe("request text", () => {
  it.each([
    ["NUL", "a\u0000b", "NUL"],
    ["a lone high surrogate", "a\uD83Db", "surrogate"],
    ["a lone low surrogate", "a\uDE00b", "surrogate"],
    ["a surrogate at the end", "ab\uD83D", "surrogate"],
    ["surrogates in the wrong order", "\uDE00\uD83D", "surrogate"],
  ])("refuses %s, which PostgreSQL cannot store", (_, value, word) => {
    for (const schema of [text(), shortText, url]) {
      const result = schema.safeParse(schema === url ? `https://example.com/${value}` : value);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message).join(" ")).toContain(word);
    }
  });

  it("keeps emoji, accents and other characters outside the basic plane", () => {
    for (const value of ["Café 😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "中文", "tab\there"]) {
      expect(text().parse(value)).toBe(value);
    }
  });
});

describe("calendar dates", () => {
  it.each(["0000-01-01", "0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"])("refuses %s", (day) => {
    expect(isoDate.safeParse(day).success).toBe(false);
    expect(isoDateTime.safeParse(`${day}T00:00:00Z`).success).toBe(false);
  });

  it("accepts the first and last day of the documented range", () => {
    for (const day of [DATE_RANGE.first, DATE_RANGE.last]) {
      expect(isoDate.parse(day)).toBe(day);
      expect(isoDateTime.parse(`${day}T12:00:00Z`)).toBe(`${day}T12:00:00Z`);
    }
  });

  it("still refuses what is not a date at all", () => {
    for (const value of ["2025-02-30", "yesterday", "2025-1-1"])
      expect(isoDate.safeParse(value).success).toBe(false);
    expect(isoDateTime.safeParse("not a time").success).toBe(false);
  });
});
