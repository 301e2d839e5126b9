import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { VendorScoreResponse } from "@ward/contracts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { errorResponse, json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { customerMfaEvidence, oracleHealth } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";
import { oracleScore } from "../../test/risk-fixtures";
import { catalogueFixture } from "./catalogue-fixture";
import { EvidenceFormModal } from "./evidence-form-modal";

afterEach(() => notifications.clean());

const base = `/api/vendors/${oracleHealth.id}`;
const catalogue = [
  ...catalogueFixture,
  { ...catalogueFixture[0], key: "mfa.customer_logins", label: "MFA on customer logins" },
];
const withOverall = (score: number): VendorScoreResponse => ({
  ...oracleScore,
  score: { ...oracleScore.score, overall: { ...oracleScore.score.overall, score, tier: "critical" } },
});

/** The API before and after one change: the score moves from 96.8 to 93.0 once a PATCH was answered. */
function evidenceApi(patch: (request: StubRequest) => Response) {
  let changed = false;
  return (request: StubRequest) => {
    if (request.path === "/api/evidence-catalogue") return json({ items: catalogue });
    if (request.path === `${base}/score`) return json(withOverall(changed ? 93 : 96.8));
    if (request.method === "PATCH") {
      const response = patch(request);
      changed = response.ok;
      return response;
    }
    return errorResponse(404, "NOT_FOUND", "Not found");
  };
}

function changeEvidence(patch: (request: StubRequest) => Response) {
  stubFetch(evidenceApi(patch));
  const onClose = vi.fn();
  renderWithProviders(
    <EvidenceFormModal vendorId={oracleHealth.id} evidence={customerMfaEvidence} opened onClose={onClose} />,
  );
  return onClose;
}

describe("EvidenceFormModal", () => {
  it("after a change, names the fact and the score before and after in one message", async () => {
    const onClose = changeEvidence((request) =>
      json({ ...customerMfaEvidence, ...(request.body as object) }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Change evidence" });
    await userEvent.click(await within(dialog).findByRole("radio", { name: "Yes, everywhere" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Evidence “MFA on customer logins” changed")).toBeInTheDocument();
    expect(screen.getByText("Overall 96.8 → 93.0, Critical")).toBeInTheDocument();
    expect(screen.getAllByRole("alert").filter((n) => n.textContent?.includes("Overall"))).toHaveLength(1);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("after a refused change, shows the API's field error and no success message, and stays open", async () => {
    const onClose = changeEvidence(() =>
      errorResponse(400, "VALIDATION_FAILED", "Invalid evidence", [
        { path: "statement", message: "Say where this came from" },
      ]),
    );
    const dialog = await screen.findByRole("dialog", { name: "Change evidence" });
    await userEvent.click(await within(dialog).findByRole("button", { name: "Save changes" }));

    expect(await within(dialog).findByText("Say where this came from")).toBeInTheDocument();
    expect(screen.queryByText(/Overall/)).not.toBeInTheDocument();
    expect(screen.queryByText(/changed$/)).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
