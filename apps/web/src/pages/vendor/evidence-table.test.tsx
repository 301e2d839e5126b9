import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Role } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { errorResponse, json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { customerMfaEvidence, oracleHealth } from "../../test/fixtures";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";
import { catalogueFixture } from "../evidence-form/catalogue-fixture";

const base = `/api/vendors/${oracleHealth.id}`;
const catalogue = [
  ...catalogueFixture,
  {
    ...catalogueFixture[0],
    key: "mfa.customer_logins",
    label: "MFA on customer logins",
    question: "Do our staff's own accounts require multifactor authentication?",
  },
];

function vendorApi(requests: StubRequest[]) {
  return (request: StubRequest) => {
    requests.push(request);
    const { path } = request;
    if (path === "/api/evidence-catalogue") return json({ items: catalogue });
    if (path === base) return json(oracleHealth);
    if (path === `${base}/evidence`) return json({ items: [customerMfaEvidence] });
    if (path.startsWith(`${base}/evidence/`) && request.method === "DELETE")
      return new Response(null, { status: 204 });
    if (path.startsWith(`${base}/score`)) return errorResponse(404, "NOT_FOUND", "Score not found");
    if (path.startsWith(base)) return json({ items: [] });
    return errorResponse(404, "NOT_FOUND", "Not found");
  };
}

async function showEvidence(role: Role) {
  const requests: StubRequest[] = [];
  stubFetch(signedIn(vendorApi(requests), role));
  renderRoute(`/vendors/${oracleHealth.id}`);
  const section = await screen.findByRole("region", { name: "Evidence" });
  await within(section).findByText("MFA on customer logins");
  return { section, requests };
}

describe("the vendor page's evidence", () => {
  it("shows each record by its fact's label and its answer in words, never the key", async () => {
    const { section } = await showEvidence("viewer");
    const row = within(section).getByText("MFA on customer logins").closest("tr");
    if (!row) throw new Error("no row");
    expect(within(row).getByRole("cell", { name: "No" })).toBeInTheDocument();
    expect(within(section).queryByText(customerMfaEvidence.factor)).not.toBeInTheDocument();
  });

  it("a viewer sees no way to add, change or delete evidence", async () => {
    const { section } = await showEvidence("viewer");
    expect(within(section).queryByRole("button", { name: "Add evidence" })).not.toBeInTheDocument();
    expect(within(section).queryByRole("button", { name: /^Change evidence/ })).not.toBeInTheDocument();
    expect(within(section).queryByRole("button", { name: /^Delete evidence/ })).not.toBeInTheDocument();
  });

  it("an analyst opens the form on the stored answer to change it", async () => {
    const { section } = await showEvidence("analyst");
    expect(within(section).getByRole("button", { name: "Add evidence" })).toBeInTheDocument();
    await userEvent.click(
      within(section).getByRole("button", { name: "Change evidence: MFA on customer logins" }),
    );

    const dialog = await screen.findByRole("dialog", { name: "Change evidence" });
    expect(within(dialog).getByRole("combobox", { name: /^Fact/ })).toHaveValue("MFA on customer logins");
    expect(within(dialog).getByRole("radio", { name: "No" })).toBeChecked();
  });

  it("deletes a record only after the analyst confirms", async () => {
    const { section, requests } = await showEvidence("analyst");
    await userEvent.click(
      within(section).getByRole("button", { name: "Delete evidence: MFA on customer logins" }),
    );

    const dialog = await screen.findByRole("dialog", { name: "Delete this evidence?" });
    expect(requests.some((r) => r.method === "DELETE")).toBe(false);
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete evidence" }));

    await screen.findByText("Evidence deleted");
    expect(requests.filter((r) => r.method === "DELETE").map((r) => r.path)).toEqual([
      `${base}/evidence/${customerMfaEvidence.id}`,
    ]);
  });
});
