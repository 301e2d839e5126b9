import { screen } from "@testing-library/react";
import type { Role } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { errorResponse, json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { oracleHealth, oracleHealthSummary } from "../../test/fixtures";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";

function portfolioApi({ path }: StubRequest) {
  if (path === "/api/vendors") return json({ items: [oracleHealthSummary], total: 1, page: 1, pageSize: 25 });
  if (path === `/api/vendors/${oracleHealth.id}`) return json(oracleHealth);
  if (path.endsWith("/score")) return errorResponse(404, "NOT_FOUND", "Score not found");
  return json({ items: [] });
}

async function showVendor(role: Role) {
  stubFetch(signedIn(portfolioApi, role));
  renderRoute(`/vendors/${oracleHealth.id}`);
  await screen.findByRole("heading", { level: 1, name: "Oracle Health" });
  await screen.findByText("No incidents recorded.");
}

describe("edit controls follow the role", () => {
  it("a viewer sees the portfolio without Add vendor", async () => {
    stubFetch(signedIn(portfolioApi, "viewer"));
    renderRoute("/");

    expect(await screen.findByRole("link", { name: "Oracle Health" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Add vendor" })).not.toBeInTheDocument();
    expect(screen.getByText("Viewer")).toBeInTheDocument();
  });

  it("an analyst sees Add vendor", async () => {
    stubFetch(signedIn(portfolioApi, "analyst"));
    renderRoute("/");

    expect(await screen.findByRole("link", { name: "Add vendor" })).toHaveAttribute("href", "/vendors/new");
  });

  it("a viewer reads a vendor without Edit, Delete, Add incident or Add data holding", async () => {
    await showVendor("viewer");
    for (const name of ["Edit", "Add incident", "Add data holding"]) {
      expect(screen.queryByRole("link", { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole("button", { name: "Delete" })).not.toBeInTheDocument();
  });

  it("an analyst gets Edit, Delete, Add incident and Add data holding", async () => {
    await showVendor("analyst");
    for (const name of ["Edit", "Add incident", "Add data holding"]) {
      expect(screen.getByRole("link", { name })).toBeInTheDocument();
    }
    expect(screen.getByRole("button", { name: "Delete" })).toBeInTheDocument();
  });

  it("a viewer who types /vendors/new is told it is not allowed", async () => {
    stubFetch(signedIn(portfolioApi, "viewer"));
    renderRoute("/vendors/new");

    expect(await screen.findByRole("heading", { name: "Not allowed" })).toBeInTheDocument();
    expect(screen.getByText(/does not allow you to add or change vendors/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save vendor" })).not.toBeInTheDocument();
  });

  it("only admins get the admin pages in the navigation", async () => {
    stubFetch(signedIn(portfolioApi, "analyst"));
    renderRoute("/");

    expect(await screen.findByRole("link", { name: "Audit log" })).toBeInTheDocument();
    for (const name of ["Members", "API keys", "Outbox", "Settings"]) {
      expect(screen.queryByRole("link", { name })).not.toBeInTheDocument();
    }
  });
});
