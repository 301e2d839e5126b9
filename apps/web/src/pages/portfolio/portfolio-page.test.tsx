import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { errorResponse, json, stubFetch } from "../../test/fetch-stub";
import { oracleHealthSummary as oracleHealth } from "../../test/fixtures";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";

const noFacets = {
  riskTier: { unassessed: 0, low: 0, moderate: 0, high: 0, critical: 0, unscored: 0 },
  criticality: { low: 0, moderate: 0, high: 0, critical: 0 },
};
const emptyPage = { items: [], total: 0, page: 1, pageSize: 25, facets: noFacets };

/** The cell of `rowName`'s row under the column headed `column`, so two "Critical" badges cannot be confused. */
function cellUnder(table: HTMLElement, rowName: RegExp, column: string): HTMLElement {
  const headers = within(table).getAllByRole("columnheader");
  const index = headers.findIndex((h) => h.textContent === column);
  const cell = within(within(table).getByRole("row", { name: rowName })).getAllByRole("cell")[index];
  if (!cell) throw new Error(`no ${column} cell in the ${rowName} row`);
  return cell;
}

describe("PortfolioPage", () => {
  it("invites the first vendor when the portfolio is empty", async () => {
    stubFetch(signedIn(() => json(emptyPage)));
    renderRoute("/");

    expect(await screen.findByText("No vendors yet")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Vendor portfolio" })).toBeInTheDocument();
    const addLinks = screen.getAllByRole("link", { name: "Add vendor" });
    expect(addLinks.length).toBeGreaterThan(0);
    for (const link of addLinks) expect(link).toHaveAttribute("href", "/vendors/new");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("tells a search that matched nothing apart from an empty portfolio, and clears it", async () => {
    const requests = stubFetch(signedIn(() => json(emptyPage)));
    const { router } = renderRoute("/?q=zzz&criticality=critical");

    expect(await screen.findByText("No vendors match")).toBeInTheDocument();
    expect(screen.queryByText("No vendors yet")).not.toBeInTheDocument();
    expect(screen.getByRole("searchbox", { name: "Search vendors" })).toHaveValue("zzz");
    const listed = requests.mock.calls.map(([url]) => String(url)).find((url) => url.includes("q=zzz"));
    expect(listed).toContain("criticality=critical");

    const [clear] = screen.getAllByRole("button", { name: "Clear filters" });
    if (!clear) throw new Error("a clear-filters button is offered");
    await userEvent.click(clear);
    await waitFor(() => expect(router.state.location.search).toBe(""));
    expect(screen.getByRole("searchbox", { name: "Search vendors" })).toHaveValue("");
  });

  it("marks a vendor whose stored score is being rescored beside its score", async () => {
    const stale = { ...oracleHealth, riskBeingRescored: true };
    stubFetch(signedIn(() => json({ ...emptyPage, items: [stale], total: 1 })));
    renderRoute("/");
    const table = await screen.findByRole("table", { name: "Vendors in your portfolio" });
    expect(within(cellUnder(table, /Oracle Health/, "Risk")).getByText("Being rescored")).toBeInTheDocument();
  });

  it("lists vendors with their other names and links to each vendor", async () => {
    stubFetch(
      signedIn(({ search }) =>
        json(
          search.get("pageSize") === "1"
            ? { ...emptyPage, total: 1, pageSize: 1 }
            : { ...emptyPage, items: [oracleHealth], total: 1 },
        ),
      ),
    );
    renderRoute("/");

    const table = await screen.findByRole("table", { name: "Vendors in your portfolio" });
    const link = within(table).getByRole("link", { name: "Oracle Health" });
    expect(link).toHaveAttribute("href", `/vendors/${oracleHealth.id}`);
    expect(within(table).getByText("Also Cerner · Formerly Cerner Corporation")).toBeInTheDocument();
    expect(
      within(cellUnder(table, /Oracle Health/, "Criticality")).getByText("Critical"),
    ).toBeInTheDocument();
    expect(screen.getByText("Showing 1–1 of 1 vendor")).toBeInTheDocument();
  });

  it("sorts by a column from its header and keeps the order in the address", async () => {
    stubFetch(signedIn(() => json({ ...emptyPage, items: [oracleHealth], total: 1 })));
    const { router } = renderRoute("/");

    await userEvent.click(await screen.findByRole("button", { name: "Incidents" }));
    // Counts read largest first, which is their default order, so the address names only the field.
    await waitFor(() => expect(router.state.location.search).toBe("?sort=incidentCount"));
    expect(screen.getByRole("columnheader", { name: "Incidents" })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
  });

  it("shows each vendor's risk tier and score, and says so when a vendor is not scored yet", async () => {
    const unscored = {
      ...oracleHealth,
      id: "4a4a4a4a-4a4a-4a4a-8a4a-4a4a4a4a4a4a",
      name: "Welltok",
      aliases: [],
      formerNames: [],
      criticality: "moderate" as const,
      riskScore: null,
      riskTier: null,
    };
    const moderate = { ...unscored, id: "4b4b4b4b-4b4b-4b4b-8b4b-4b4b4b4b4b4b", name: "Greenway Health" };
    stubFetch(
      signedIn(() =>
        json({
          ...emptyPage,
          items: [oracleHealth, { ...moderate, riskScore: 41, riskTier: "moderate" }, unscored],
          total: 3,
        }),
      ),
    );
    renderRoute("/");

    const table = await screen.findByRole("table", { name: "Vendors in your portfolio" });
    const oracleRisk = cellUnder(table, /Oracle Health/, "Risk");
    expect(within(oracleRisk).getByText("Critical")).toBeInTheDocument();
    expect(within(oracleRisk).getByText("97")).toBeInTheDocument();
    const greenwayRisk = cellUnder(table, /Greenway Health/, "Risk");
    expect(within(greenwayRisk).getByText("Moderate")).toBeInTheDocument();
    expect(within(greenwayRisk).getByText("41")).toBeInTheDocument();
    expect(cellUnder(table, /Welltok/, "Risk")).toHaveTextContent("Not scored");
  });

  it("sorts by priority, most urgent first, without being asked, and asks the API for that order", async () => {
    const requests = stubFetch(signedIn(() => json({ ...emptyPage, items: [oracleHealth], total: 1 })));
    const { router } = renderRoute("/");

    await screen.findByRole("table", { name: "Vendors in your portfolio" });
    expect(screen.getByRole("columnheader", { name: "Priority" })).toHaveAttribute("aria-sort", "descending");
    expect(screen.getByRole("columnheader", { name: "Risk" })).toHaveAttribute("aria-sort", "none");
    expect(
      requests.mock.calls.map(([url]) => String(url)).some((url) => /sort=priority&order=desc/.test(url)),
    ).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "Priority" }));
    await waitFor(() => expect(router.state.location.search).toBe("?order=asc"));
    await userEvent.click(screen.getByRole("button", { name: "Risk" }));
    await waitFor(() => expect(router.state.location.search).toBe("?sort=riskScore"));
  });

  it("shows an unassessed vendor as its own state with the range its score could take, never as a tier", async () => {
    const unassessed = {
      ...oracleHealth,
      id: "4c4c4c4c-4c4c-4c4c-8c4c-4c4c4c4c4c4c",
      name: "Welltok",
      aliases: [],
      formerNames: [],
      riskScore: 38,
      riskTier: "unassessed" as const,
      riskRange: { low: 0, high: 98 },
      inherentTier: "moderate" as const,
      priorityLevel: 3,
    };
    stubFetch(signedIn(() => json({ ...emptyPage, items: [oracleHealth, unassessed], total: 2 })));
    renderRoute("/");

    const table = await screen.findByRole("table", { name: "Vendors in your portfolio" });
    const risk = cellUnder(table, /Welltok/, "Risk");
    expect(risk).toHaveTextContent("Unassessed · 0–98");
    // A score in the middle of a 0–98 range would read as a verdict the facts do not support.
    expect(within(risk).queryByText("38")).not.toBeInTheDocument();
    for (const tier of ["Low", "Moderate", "High", "Critical"])
      expect(within(risk).queryByText(tier)).not.toBeInTheDocument();
    expect(cellUnder(table, /Welltok/, "Priority")).toHaveTextContent("3 · Plan");
    expect(cellUnder(table, /Welltok/, "Priority")).toHaveTextContent("Inherent Moderate");
    expect(cellUnder(table, /Oracle Health/, "Priority")).toHaveTextContent("1 · Act now");
    expect(cellUnder(table, /Oracle Health/, "Priority")).toHaveTextContent("Inherent Critical");
  });

  it("says a vendor scored before priorities existed has none yet, instead of guessing one", async () => {
    const v1 = { ...oracleHealth, riskRange: null, inherentTier: null, priorityLevel: null };
    stubFetch(signedIn(() => json({ ...emptyPage, items: [v1], total: 1 })));
    renderRoute("/");
    const table = await screen.findByRole("table", { name: "Vendors in your portfolio" });
    expect(cellUnder(table, /Oracle Health/, "Priority")).toHaveTextContent("Not scored");
    expect(within(cellUnder(table, /Oracle Health/, "Risk")).getByText("Critical")).toBeInTheDocument();
  });

  it("charts the portfolio by risk tier, riskiest first, and counts the vendors not scored yet", async () => {
    const facets = {
      riskTier: { unassessed: 0, critical: 2, high: 5, moderate: 3, low: 1, unscored: 2 },
      criticality: { critical: 4, high: 4, moderate: 3, low: 2 },
    };
    stubFetch(signedIn(() => json({ ...emptyPage, items: [oracleHealth], total: 13, facets })));
    renderRoute("/");

    const chart = await screen.findByRole("region", { name: "Vendors by overall risk" });
    await waitFor(() => expect(within(chart).getByText("Critical")).toBeInTheDocument());
    const labels = ["Critical", "High", "Moderate", "Low"].map((name) => within(chart).getByText(name));
    for (let i = 1; i < labels.length; i++) {
      const earlier = labels[i - 1] as HTMLElement;
      expect(
        earlier.compareDocumentPosition(labels[i] as HTMLElement) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
    expect(within(chart).getByText("5")).toBeInTheDocument();
    // 13 vendors in all, 11 of them in a tier.
    expect(within(chart).getByText("2 vendors are not scored yet.")).toBeInTheDocument();
  });

  it("draws the table and both charts from one request per view, and one more per page turned", async () => {
    const facets = {
      riskTier: { unassessed: 0, critical: 1, high: 0, moderate: 0, low: 0, unscored: 0 },
      criticality: { critical: 0, high: 1, moderate: 0, low: 0 },
    };
    const requests = stubFetch(
      signedIn(({ search }) =>
        json({
          ...emptyPage,
          items: [oracleHealth],
          total: 60,
          page: Number(search.get("page") ?? 1),
          facets,
        }),
      ),
    );
    const listRequests = () =>
      requests.mock.calls
        .map(([url]) => new URL(String(url), "http://ward.test"))
        .filter((url) => url.pathname === "/api/vendors");
    renderRoute("/");

    const chart = await screen.findByRole("region", { name: "Vendors by criticality" });
    await waitFor(() => expect(within(chart).getByText("High")).toBeInTheDocument());
    expect(screen.getByRole("region", { name: "Vendors by overall risk" })).toBeInTheDocument();
    expect(listRequests()).toHaveLength(1);

    await userEvent.click(screen.getByRole("button", { name: "Page 2" }));
    await waitFor(() => expect(listRequests()).toHaveLength(2));
    expect(listRequests()[1]?.searchParams.get("page")).toBe("2");
  });

  it("filters by risk tier from the toolbar and keeps the filter in the address", async () => {
    const requests = stubFetch(signedIn(() => json({ ...emptyPage, items: [oracleHealth], total: 1 })));
    const { router } = renderRoute("/");

    const tierFilter = await screen.findByRole("combobox", { name: "Risk tier" });
    await userEvent.click(tierFilter);
    // The criticality filter offers a "Critical" too; pick from the list this box controls.
    const options = document.getElementById(tierFilter.getAttribute("aria-controls") ?? "");
    if (!options) throw new Error("the risk tier filter controls a list of options");
    await userEvent.click(within(options).getByRole("option", { name: "Critical", hidden: true }));
    await waitFor(() => expect(router.state.location.search).toBe("?riskTier=critical"));
    await waitFor(() =>
      expect(
        requests.mock.calls
          .map(([url]) => String(url))
          .some((url) => url.includes("riskTier=critical") && url.includes("pageSize=25")),
      ).toBe(true),
    );
    expect(screen.getAllByRole("button", { name: "Clear filters" }).length).toBeGreaterThan(0);
  });

  it("offers Unassessed in the risk tier filter", async () => {
    stubFetch(signedIn(() => json({ ...emptyPage, items: [oracleHealth], total: 1 })));
    const { router } = renderRoute("/");
    const tierFilter = await screen.findByRole("combobox", { name: "Risk tier" });
    await userEvent.click(tierFilter);
    const options = document.getElementById(tierFilter.getAttribute("aria-controls") ?? "");
    if (!options) throw new Error("the risk tier filter controls a list of options");
    await userEvent.click(within(options).getByRole("option", { name: "Unassessed", hidden: true }));
    await waitFor(() => expect(router.state.location.search).toBe("?riskTier=unassessed"));
  });

  it("shows a load failure with the server's reason and a retry", async () => {
    stubFetch(signedIn(() => errorResponse(500, "INTERNAL", "Something went wrong on our side.")));
    renderRoute("/");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load vendors");
    expect(alert).toHaveTextContent("Something went wrong on our side. (request req-test)");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
