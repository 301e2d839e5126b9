import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Role, VendorScoreResponse } from "@ward/contracts";
import { afterEach, describe, expect, it } from "vitest";
import { errorResponse, json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { customerMfaEvidence, oracleHealth } from "../../test/fixtures";
import { atPhoneWidth } from "../../test/phone-width";
import { renderRoute } from "../../test/render";
import { oracleScore } from "../../test/risk-fixtures";
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

afterEach(() => notifications.clean());

const withOverall = (score: number): VendorScoreResponse => ({
  ...oracleScore,
  score: { ...oracleScore.score, overall: { ...oracleScore.score.overall, score, tier: "critical" } },
});

function vendorApi(requests: StubRequest[]) {
  return (request: StubRequest) => {
    requests.push(request);
    const deleted = requests.some((r) => r.method === "DELETE");
    const { path } = request;
    if (path === "/api/evidence-catalogue") return json({ items: catalogue });
    if (path === base) return json(oracleHealth);
    if (path === `${base}/evidence`) return json({ items: [customerMfaEvidence] });
    if (path.startsWith(`${base}/evidence/`) && request.method === "DELETE")
      return new Response(null, { status: 204 });
    if (path === `${base}/score`) return json(withOverall(deleted ? 93 : 96.8));
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

  it("badges each record with how well it is backed", async () => {
    const { section } = await showEvidence("viewer");
    const row = within(section).getByText("MFA on customer logins").closest("tr");
    if (!row) throw new Error("no row");
    expect(within(row).getByText("Verified by us")).toBeInTheDocument();
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

  it("deletes a record only after the analyst confirms, and says what it did to the score", async () => {
    const { section, requests } = await showEvidence("analyst");
    await userEvent.click(
      within(section).getByRole("button", { name: "Delete evidence: MFA on customer logins" }),
    );

    const dialog = await screen.findByRole("dialog", { name: "Delete this evidence?" });
    expect(requests.some((r) => r.method === "DELETE")).toBe(false);
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete evidence" }));

    expect(await screen.findByText("Evidence “MFA on customer logins” deleted")).toBeInTheDocument();
    expect(screen.getByText("Overall 96.8 → 93.0, Critical")).toBeInTheDocument();
    expect(requests.filter((r) => r.method === "DELETE").map((r) => r.path)).toEqual([
      `${base}/evidence/${customerMfaEvidence.id}`,
    ]);
  });

  it("on a phone shows each record as a card with its facts and its Edit and Delete, and no table", async () => {
    atPhoneWidth();
    const { section } = await showEvidence("analyst");
    expect(within(section).queryByRole("table")).not.toBeInTheDocument();

    const card = within(section).getByRole("article", { name: "MFA on customer logins" });
    expect(within(card).getByText(customerMfaEvidence.statement)).toBeInTheDocument();
    expect(within(card).getByText("Observed on")).toBeInTheDocument();
    expect(within(card).getByText("Verified by us")).toBeInTheDocument();
    expect(within(card).getByText("No")).toBeInTheDocument();
    expect(
      within(card).getByRole("button", { name: "Change evidence: MFA on customer logins" }),
    ).toBeVisible();
    await userEvent.click(
      within(card).getByRole("button", { name: "Delete evidence: MFA on customer logins" }),
    );
    expect(await screen.findByRole("dialog", { name: "Delete this evidence?" })).toBeInTheDocument();
  });

  it("on a phone a viewer reads the cards without the controls", async () => {
    atPhoneWidth();
    const { section } = await showEvidence("viewer");
    const card = within(section).getByRole("article", { name: "MFA on customer logins" });
    expect(within(card).queryByRole("button")).not.toBeInTheDocument();
  });
});
