import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../test/render";
import { CountBars } from "./count-bars";

const bars = [
  { key: "critical", label: "Critical", count: 3, color: "red.7" },
  { key: "low", label: "Low", count: 0, color: "teal.7" },
];

describe("CountBars", () => {
  it("reads each label with its count, a zero included, in a region named by its title", () => {
    renderWithProviders(
      <CountBars
        title="Vendors by overall risk"
        labelHeader="Risk tier"
        countHeader="Vendors"
        bars={bars}
        loading={false}
      />,
    );
    const region = screen.getByRole("region", { name: "Vendors by overall risk" });
    const rows = within(region).getAllByRole("row");
    expect(rows.map((r) => r.textContent)).toEqual(["Risk tierShareVendors", "Critical3", "Low0"]);
  });

  const withFootnote = (loading: boolean) =>
    renderWithProviders(
      <CountBars
        title="Counts"
        labelHeader="Tier"
        countHeader="Vendors"
        bars={bars}
        loading={loading}
        footnote="2 not counted."
      />,
    );

  it("while loading, keeps the same rows with placeholders for the counts, and no footnote", () => {
    withFootnote(true);
    const table = within(screen.getByRole("region", { name: "Counts" })).getByRole("table");
    expect(table).toHaveAttribute("aria-busy", "true");
    // The same rows as when loaded, so the page below does not move when the counts arrive.
    expect(
      within(table)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["TierShareVendors", "Critical", "Low"]);
    expect(screen.queryByText("2 not counted.")).not.toBeInTheDocument();
  });

  it("shows the footnote once loaded", () => {
    withFootnote(false);
    expect(screen.getByText("2 not counted.")).toBeInTheDocument();
  });
});
