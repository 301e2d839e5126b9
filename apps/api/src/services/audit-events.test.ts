import { describe, expect, it } from "vitest";
import { csvCell } from "./audit-events";

describe("audit CSV cells", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("evil")', '"\'=HYPERLINK(""evil"")"'],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    [null, ""],
    [{ name: "=x" }, '"{""name"":""=x""}"'],
  ])("%o becomes %s", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
