import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { VendorFacets } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { json, stubFetch } from "../../test/fetch-stub";
import { oracleHealthSummary as oracleHealth } from "../../test/fixtures";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";
import { portfolioHeadline } from "./portfolio-headline";

const facets: VendorFacets = {
  riskTier: { unassessed: 0, critical: 2, high: 6, moderate: 1, low: 0, unscored: 1 },
  criticality: { critical: 4, high: 4, moderate: 1, low: 1 },
};
const page = { items: [oracleHealth], total: 10, page: 1, pageSize: 25, facets };

const tiers = (over: Partial<VendorFacets["riskTier"]>): VendorFacets => ({
  ...facets,
  riskTier: { unassessed: 0, critical: 0, high: 0, moderate: 0, low: 0, unscored: 0, ...over },
});

describe("the portfolio as a board member reads it", () => {
  it.each([
    [tiers({ critical: 2, high: 6, moderate: 1, unscored: 1 }), "2 critical, 6 high of 10 vendors"],
    [tiers({ high: 1 }), "1 high of 1 vendor"],
    [tiers({ moderate: 3, low: 2 }), "None at high or critical risk of 5 vendors"],
    [tiers({ low: 1, unassessed: 4 }), "None at high or critical risk of 5 vendors; 4 unassessed"],
    [tiers({ critical: 1, unassessed: 2 }), "1 critical of 3 vendors; 2 unassessed"],
    [tiers({}), null],
  ])("the headline of %j reads %s", (counts, text) => {
    expect(portfolioHeadline(counts)).toBe(text);
  });

  it("leads with the headline from the whole portfolio's counts", async () => {
    stubFetch(signedIn(() => json(page)));
    renderRoute("/");
    expect(await screen.findByText("2 critical, 6 high of 10 vendors")).toBeInTheDocument();
  });

  it("a tier's bar filters the list by that tier, from the keyboard too, and choosing it again clears it", async () => {
    const requests = stubFetch(signedIn(() => json(page)));
    const { router } = renderRoute("/");
    const chart = await screen.findByRole("region", { name: "Vendors by overall risk" });
    const high = await within(chart).findByRole("button", { name: "Show only High vendors" });
    expect(high).toHaveAttribute("aria-pressed", "false");

    high.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(router.state.location.search).toBe("?riskTier=high"));
    await waitFor(() =>
      expect(requests.mock.calls.some(([url]) => String(url).includes("riskTier=high"))).toBe(true),
    );
    expect(within(chart).getByRole("button", { name: "Show only High vendors" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );

    await userEvent.click(within(chart).getByRole("button", { name: "Show only Critical vendors" }));
    await waitFor(() => expect(router.state.location.search).toBe("?riskTier=critical"));
    await userEvent.click(within(chart).getByRole("button", { name: "Show only Critical vendors" }));
    await waitFor(() => expect(router.state.location.search).toBe(""));
  });

  it("charts Unassessed as its own bar apart from the risk tiers, and filters by it like a tier", async () => {
    const requests = stubFetch(signedIn(() => json({ ...page, facets: tiers({ high: 2, unassessed: 7 }) })));
    const { router } = renderRoute("/");
    const chart = await screen.findByRole("region", { name: "Vendors by overall risk" });
    const button = await within(chart).findByRole("button", { name: "Show only Unassessed vendors" });
    expect(within(chart).getByText("not a risk tier")).toBeInTheDocument();
    const row = button.closest("tr");
    if (!row) throw new Error("the Unassessed bar is a row of the chart's table");
    expect(row).toHaveTextContent("7");
    // Below Low, set apart: it is not a step of the scale from Low to Critical.
    const low = within(chart).getByRole("button", { name: "Show only Low vendors" });
    expect(low.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await userEvent.click(button);
    await waitFor(() => expect(router.state.location.search).toBe("?riskTier=unassessed"));
    await waitFor(() =>
      expect(requests.mock.calls.some(([url]) => String(url).includes("riskTier=unassessed"))).toBe(true),
    );
  });

  it("draws the chart when every scored vendor is unassessed", async () => {
    stubFetch(signedIn(() => json({ ...page, facets: tiers({ unassessed: 3 }) })));
    renderRoute("/");
    const chart = await screen.findByRole("region", { name: "Vendors by overall risk" });
    expect(
      await within(chart).findByRole("button", { name: "Show only Unassessed vendors" }),
    ).toBeInTheDocument();
  });

  it("shows each vendor's trend, last assessment and reassessment date, and marks the overdue", async () => {
    const improving = {
      ...oracleHealth,
      id: "4c4c4c4c-4c4c-4c4c-8c4c-4c4c4c4c4c4c",
      name: "Greenway Health",
      aliases: [],
      formerNames: [],
      riskTrend: -3,
      reassessmentDueOn: "2099-01-31",
      reassessmentOverdue: false,
    };
    const fresh = {
      ...improving,
      id: "4d4d4d4d-4d4d-4d4d-8d4d-4d4d4d4d4d4d",
      name: "Welltok",
      riskTrend: null,
      lastAssessedAt: null,
      reassessmentDueOn: null,
    };
    const assessed = { ...oracleHealth, lastAssessedAt: "2025-06-10T09:00:00.000Z" };
    stubFetch(signedIn(() => json({ ...page, items: [assessed, improving, fresh], total: 3 })));
    renderRoute("/");
    const table = await screen.findByRole("table", { name: "Vendors in your portfolio" });
    const rowOf = (name: RegExp) => within(within(table).getByRole("row", { name }));

    const oracle = rowOf(/Oracle Health/);
    expect(oracle.getByText("+4")).toBeInTheDocument();
    expect(oracle.getByText("10 Jun 2025")).toBeInTheDocument();
    expect(oracle.getByText("17 Dec 2025")).toBeInTheDocument();
    expect(oracle.getByText("Overdue")).toBeInTheDocument();

    const greenway = rowOf(/Greenway Health/);
    expect(greenway.getByText("−3")).toBeInTheDocument();
    expect(greenway.getByText("31 Jan 2099")).toBeInTheDocument();
    expect(greenway.queryByText("Overdue")).toBeNull();

    const welltok = rowOf(/Welltok/);
    expect(welltok.getByText("New")).toHaveAttribute("title", "No earlier score to compare with");
    expect(welltok.getByText("Never")).toBeInTheDocument();
  });
});
