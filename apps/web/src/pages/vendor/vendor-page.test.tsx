import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { errorResponse, json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { legacyHolding, legacyServerIncident, oracleHealth } from "../../test/fixtures";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";

const base = `/api/vendors/${oracleHealth.id}`;

function oracleApi({ path }: StubRequest) {
  if (path === base) return json(oracleHealth);
  if (path === `${base}/data-holdings`) return json({ items: [legacyHolding] });
  if (path === `${base}/incidents`) return json({ items: [legacyServerIncident] });
  // The risk section has its own tests; here the vendor is simply not scored yet.
  if (path.startsWith(`${base}/score`)) return errorResponse(404, "NOT_FOUND", "Score not found");
  if (path.startsWith(base)) return json({ items: [] });
  return errorResponse(404, "NOT_FOUND", "Vendor not found");
}

describe("VendorPage", () => {
  it("shows the profile with former names and the acquisition with its source", async () => {
    stubFetch(signedIn(oracleApi));
    renderRoute(`/vendors/${oracleHealth.id}`);

    expect(await screen.findByRole("heading", { level: 1, name: "Oracle Health" })).toBeInTheDocument();
    expect(screen.getByText("Cerner Corporation")).toBeInTheDocument();
    const acquisition = screen.getByText(/Acquired by Oracle Corporation, 8 Jun 2022, about \$28\.3B/);
    expect(within(acquisition).getByRole("link", { name: "source" })).toHaveAttribute(
      "href",
      "https://www.marketscreener.com/oracle-cerner",
    );
    expect(screen.getByRole("link", { name: "Edit" })).toHaveAttribute(
      "href",
      `/vendors/${oracleHealth.id}/edit`,
    );
    expect(screen.getByRole("button", { name: "Delete" })).toBeInTheDocument();
  });

  it("marks made-up records as demo data and a placeholder count as such", async () => {
    stubFetch(signedIn(oracleApi));
    renderRoute(`/vendors/${oracleHealth.id}`);

    const holding = await screen.findByRole("article", { name: legacyHolding.system });
    expect(within(holding).getByText("Demo data")).toBeInTheDocument();
    const incident = await screen.findByRole("article", { name: legacyServerIncident.title });
    expect(within(incident).queryByText("Demo data")).not.toBeInTheDocument();
    expect(within(incident).getByText("placeholder count")).toBeInTheDocument();
    expect(screen.getByText("No products recorded.")).toBeInTheDocument();
  });

  it("says on the incident card how they got in and what happened", async () => {
    stubFetch(signedIn(oracleApi));
    renderRoute(`/vendors/${oracleHealth.id}`);

    const incident = await screen.findByRole("article", { name: legacyServerIncident.title });
    expect(within(incident).getByText("Entry: stolen credentials · Data taken")).toBeInTheDocument();
    expect(within(incident).getByText("Entry route")).toBeInTheDocument();
  });

  it("says the vendor was not found, with a way back", async () => {
    stubFetch(signedIn(() => errorResponse(404, "NOT_FOUND", "Vendor not found")));
    renderRoute("/vendors/6f1e0000-0000-4000-8000-000000000000");

    expect(await screen.findByRole("heading", { name: "Vendor not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to the vendor portfolio" })).toHaveAttribute("href", "/");
  });
});
