import { describe, expect, it } from "vitest";
import { dayNumber, formatAge, formatCount, formatDate, formatList, formatMonth } from "./plain-language";

describe("plain language", () => {
  it("counts days from 1970 without a clock, across leap years and centuries", () => {
    for (const date of ["1970-01-01", "2000-02-29", "2024-02-29", "2025-03-07", "2100-03-01", "1900-01-01"]) {
      expect(dayNumber(date)).toBe(
        Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8))) / 86_400_000,
      );
    }
    expect(dayNumber("2025-03-07T10:00:00Z")).toBe(dayNumber("2025-03-07"));
  });

  it("agrees with the Date object's calendar for every year 0000 to 9999, days past a month's end included", () => {
    // setUTCFullYear takes years below 100 as written, where Date.UTC would move them to the 1900s.
    const reference = new Date(0);
    const two = (n: number) => (n < 10 ? `0${n}` : String(n));
    let mismatches = 0;
    for (let year = 0; year < 10_000; year++) {
      const yyyy = String(year).padStart(4, "0");
      for (let month = 1; month <= 12; month++) {
        // Every day of each month in the years around today; the days a month can end on, and past it, in all.
        const days = year >= 1890 && year <= 2110 ? 31 : 0;
        for (const day of days === 31 ? Array.from({ length: 31 }, (_, i) => i + 1) : [1, 28, 29, 30, 31]) {
          const expected = reference.setUTCFullYear(year, month - 1, day) / 86_400_000;
          if (dayNumber(`${yyyy}-${two(month)}-${two(day)}`) !== expected) mismatches++;
        }
      }
    }
    expect(mismatches).toBe(0);
  });

  it.each([
    "2025-13-01",
    "2025-1-01",
    "07/03/2025",
    "",
    "2025-03-00",
    "2025-03-3",
    "2025-03-32",
    "20a5-03-01",
    "2025/03/01",
  ])("refuses %j as a date", (text) => {
    expect(() => dayNumber(text)).toThrow(RangeError);
  });

  it("writes dates, counts, ages and lists the way a board paper would", () => {
    expect(formatDate("2025-03-07")).toBe("7 Mar 2025");
    expect(formatMonth("2025-01-22")).toBe("Jan 2025");
    expect(formatCount(184_000)).toBe("184,000");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(999_999.6)).toBe("1.0 million");
    expect(formatCount(192_700_000)).toBe("192.7 million");
    expect(formatAge(0.5)).toBe("6 months");
    expect(formatAge(1.84)).toBe("1.8 years");
    expect(formatAge(2)).toBe("2.0 years");
    expect(formatList(["a"])).toBe("a");
    expect(formatList(["a", "b", "c"])).toBe("a, b and c");
  });
});
