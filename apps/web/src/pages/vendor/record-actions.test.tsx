import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Role } from "@ward/contracts";
import { afterEach, describe, expect, it } from "vitest";
import { errorResponse, json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { legacyHolding, legacyServerIncident, millenniumProduct, oracleHealth } from "../../test/fixtures";
import { renderRoute } from "../../test/render";
import { oracleRiskApi, oracleScore } from "../../test/risk-fixtures";
import { signedIn } from "../../test/signed-in";

// The notification store outlives a test's render; a notice from one test must not answer for the next.
afterEach(() => notifications.clean());

const recordNames = [millenniumProduct.name, legacyHolding.system, legacyServerIncident.title];

async function showVendor(role: Role, handler: (request: StubRequest) => Response = oracleRiskApi()) {
  const fetchMock = stubFetch(signedIn(handler, role));
  renderRoute(`/vendors/${oracleHealth.id}`);
  await screen.findByRole("heading", { level: 1, name: "Oracle Health" });
  await screen.findByRole("article", { name: legacyServerIncident.title });
  return fetchMock;
}

describe("record controls follow the role", () => {
  it("a viewer gets no Edit or Delete on any product, data holding or incident", async () => {
    await showVendor("viewer");
    await screen.findByText(millenniumProduct.name);
    for (const name of recordNames) {
      expect(screen.queryByRole("link", { name: `Edit ${name}` })).not.toBeInTheDocument();
      expect(screen.queryByRole("button", { name: `Delete ${name}` })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole("link", { name: "Add product" })).not.toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: `Mark ${legacyHolding.system} destroyed` }),
    ).not.toBeInTheDocument();
  });

  it("an analyst gets Edit and Delete on every record, each leading to that record's form", async () => {
    await showVendor("analyst");
    const base = `/vendors/${oracleHealth.id}`;
    expect(await screen.findByRole("link", { name: `Edit ${millenniumProduct.name}` })).toHaveAttribute(
      "href",
      `${base}/products/${millenniumProduct.id}/edit`,
    );
    expect(screen.getByRole("link", { name: `Edit ${legacyHolding.system}` })).toHaveAttribute(
      "href",
      `${base}/data-holdings/${legacyHolding.id}/edit`,
    );
    expect(screen.getByRole("link", { name: `Edit ${legacyServerIncident.title}` })).toHaveAttribute(
      "href",
      `${base}/incidents/${legacyServerIncident.id}/edit`,
    );
    for (const name of recordNames) {
      expect(screen.getByRole("button", { name: `Delete ${name}` })).toBeInTheDocument();
    }
    expect(screen.getByRole("link", { name: "Add product" })).toHaveAttribute("href", `${base}/products/new`);
  });
});

describe("deleting a record", () => {
  const incidentPath = `/api/vendors/${oracleHealth.id}/incidents/${legacyServerIncident.id}`;
  const lowered = {
    ...oracleScore,
    score: { ...oracleScore.score, overall: { ...oracleScore.score.overall, score: 61.25, tier: "high" } },
  } as const;

  it("asks first, and Cancel deletes nothing", async () => {
    const fetchMock = await showVendor("analyst");
    await userEvent.click(screen.getByRole("button", { name: `Delete ${legacyServerIncident.title}` }));
    const dialog = await screen.findByRole("dialog", { name: `Delete ${legacyServerIncident.title}?` });
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));

    const deletes = fetchMock.mock.calls.filter(([, init]) => init?.method === "DELETE");
    expect(deletes).toHaveLength(0);
  });

  it("deletes after confirmation and says how the score changed", async () => {
    let deleted = false;
    const api = oracleRiskApi();
    await showVendor("analyst", (request) => {
      if (request.method === "DELETE" && request.path === incidentPath) {
        deleted = true;
        return new Response(null, { status: 204 });
      }
      if (deleted && request.path.endsWith("/score")) return json(lowered);
      return api(request);
    });
    const before = oracleScore.score.overall.score.toFixed(1);

    await userEvent.click(screen.getByRole("button", { name: `Delete ${legacyServerIncident.title}` }));
    const dialog = await screen.findByRole("dialog", { name: `Delete ${legacyServerIncident.title}?` });
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete incident" }));

    expect(await screen.findByText(`Incident ${legacyServerIncident.title} deleted`)).toBeInTheDocument();
    expect(screen.getByText(`Overall ${before} → 61.3, High`)).toBeInTheDocument();
  });

  it("keeps the confirmation open with the server's reason when the delete fails", async () => {
    const api = oracleRiskApi();
    await showVendor("analyst", (request) =>
      request.method === "DELETE" ? errorResponse(404, "NOT_FOUND", "Incident not found") : api(request),
    );

    await userEvent.click(screen.getByRole("button", { name: `Delete ${legacyServerIncident.title}` }));
    const dialog = await screen.findByRole("dialog", { name: `Delete ${legacyServerIncident.title}?` });
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete incident" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(/Incident not found/);
    expect(screen.queryByText(/deleted$/)).not.toBeInTheDocument();
  });
});
