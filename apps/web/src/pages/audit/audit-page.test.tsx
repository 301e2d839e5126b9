import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AuditEventDto } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";

const alexId = "1a1a1a1a-1a1a-4a1a-8a1a-1a1a1a1a1a1a";
const members = {
  items: [
    {
      id: "2b2b2b2b-2b2b-4b2b-8b2b-2b2b2b2b2b2b",
      userId: alexId,
      name: "Alex Analyst",
      email: "alex@hospital.test",
      role: "analyst",
      twoFactorEnabled: true,
      createdAt: "2025-01-01T00:00:00.000Z",
    },
  ],
};

const renamed: AuditEventDto = {
  id: "3c3c3c3c-3c3c-4c3c-8c3c-3c3c3c3c3c3c",
  actorType: "user",
  actorId: alexId,
  actorLabel: "Alex Analyst <alex@hospital.test>",
  action: "vendor.update",
  entityType: "vendor",
  entityId: "3f0c7f0e-2b1a-4c55-9d0e-1a2b3c4d5e6f",
  entityLabel: "Oracle Health",
  before: { name: "Cerner", criticality: "critical", endOfSupport: null, category: "ehr" },
  after: { name: "Oracle Health", criticality: "critical", endOfSupport: "2027-03-31", category: "ehr" },
  requestId: "req-42",
  ip: "10.0.0.7",
  userAgent: "Mozilla/5.0",
  at: "2025-06-10T09:30:00.000Z",
};

function auditApi(requests: StubRequest[]) {
  return signedIn((request) => {
    if (request.path === "/api/members") return json(members);
    requests.push(request);
    return json({ items: [renamed], total: 1, page: 1, pageSize: 50 });
  }, "viewer");
}

describe("AuditPage", () => {
  it("sends the filters in the request's query string and the export link", async () => {
    const requests: StubRequest[] = [];
    stubFetch(auditApi(requests));
    renderRoute(
      `/audit?actorId=${alexId}&entityType=vendor&action=vendor.update&from=2025-06-01&to=2025-06-17`,
    );

    await screen.findByRole("table", { name: "Audit events" });
    const search = requests.find((r) => r.path === "/api/audit-events")?.search;
    expect(search?.get("actorId")).toBe(alexId);
    expect(search?.get("entityType")).toBe("vendor");
    expect(search?.get("action")).toBe("vendor.update");
    expect(search?.get("from")).toMatch(/^2025-06-01T00:00:00/);
    // The server's upper bound is exclusive, so the last chosen day runs to the next midnight.
    expect(search?.get("to")).toMatch(/^2025-06-18T00:00:00/);
    expect(search?.get("page")).toBe("1");

    const exportHref = screen.getByRole("link", { name: "Export CSV" }).getAttribute("href") ?? "";
    const exportUrl = new URL(exportHref, "http://ward.test");
    expect(exportUrl.pathname).toBe("/api/audit-events/export.csv");
    expect(exportUrl.searchParams.get("entityType")).toBe("vendor");
    expect(exportUrl.searchParams.get("actorId")).toBe(alexId);
  });

  it("filters by entity type chosen in the page", async () => {
    const requests: StubRequest[] = [];
    stubFetch(auditApi(requests));
    const { router } = renderRoute("/audit");

    const table = await screen.findByRole("table", { name: "Audit events" });
    await userEvent.click(screen.getByRole("combobox", { name: "Entity type" }));
    await userEvent.click(await screen.findByRole("option", { name: "Incident", hidden: true }));
    await waitFor(() => expect(router.state.location.search).toBe("?entityType=incident"));
    await waitFor(() => expect(requests.at(-1)?.search.get("entityType")).toBe("incident"));
    expect(within(table).getByText("Oracle Health")).toBeInTheDocument();
  });

  it("names the entity in words and shows only the changed fields, before and after, readable", async () => {
    stubFetch(auditApi([]));
    renderRoute("/audit");

    const table = await screen.findByRole("table", { name: "Audit events" });
    const row = within(table).getByText("Oracle Health").closest("tr");
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).queryByText("3f0c7f0e")).toBeNull();
    await userEvent.click(within(table).getByRole("button", { name: /Show details of vendor.update/ }));

    const changes = screen.getByRole("table", { name: "Changed fields" });
    const rows = within(changes).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(["End of support", "Name"]);
    expect(within(rows[0] as HTMLElement).getByText("Not set")).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText("31 Mar 2027")).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText("Cerner")).toBeInTheDocument();
    expect(within(changes).queryByText("Criticality")).toBeNull();
  });

  it("an entity the server could not name still shows which record it was", async () => {
    stubFetch(
      signedIn((request) =>
        request.path === "/api/members"
          ? json(members)
          : json({ items: [{ ...renamed, entityLabel: null }], total: 1, page: 1, pageSize: 50 }),
      ),
    );
    renderRoute("/audit");
    expect(await screen.findByText("Unnamed (3f0c7f0e)")).toBeInTheDocument();
  });

  it("says so when nothing matches", async () => {
    stubFetch(
      signedIn((request) =>
        request.path === "/api/members"
          ? json(members)
          : json({ items: [], total: 0, page: 1, pageSize: 50 }),
      ),
    );
    renderRoute("/audit?action=vendor.delete");

    expect(await screen.findByText("No events match")).toBeInTheDocument();
  });
});
