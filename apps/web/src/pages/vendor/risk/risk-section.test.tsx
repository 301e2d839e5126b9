import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { formatScore } from "../../../labels/risk-labels";
import { stubFetch } from "../../../test/fetch-stub";
import { bleepingUrl, oracleHealth, unmigratedDataEvidence } from "../../../test/fixtures";
import { renderRoute } from "../../../test/render";
import { historyPoint, oracleRiskApi, oracleScore } from "../../../test/risk-fixtures";
import { signedIn } from "../../../test/signed-in";
import { REASONS_SHOWN } from "./dimension-panel";
import { recordAnchorId } from "./record-anchor";

const showVendor = () => renderRoute(`/vendors/${oracleHealth.id}`);

/** The `li` of the contribution with this label inside a dimension panel. */
function contribution(panel: HTMLElement, label: string): HTMLElement {
  const item = within(panel).getByText(label).closest("li");
  if (!item) throw new Error(`no contribution labelled ${label}`);
  return item;
}

describe("the vendor's risk section", () => {
  it("explains the overall score with its method, date and reassessment cadence, without repeating the figures", async () => {
    stubFetch(signedIn(oracleRiskApi()));
    showVendor();

    const risk = await screen.findByRole("region", { name: "How the score is made" });
    const { overall, inherent } = oracleScore.score;
    expect(within(risk).getByText(/Methodology 2026\.1 · as of 17 Jun 2025/)).toBeInTheDocument();
    expect(
      within(risk).getByText(`Reassess every ${inherent.reassessmentMonths} months`),
    ).toBeInTheDocument();
    // The score, its tier and its explanation head the page in the summary, once.
    expect(within(risk).queryByText(formatScore(overall.score))).not.toBeInTheDocument();
    expect(screen.getAllByText(overall.explanation)).toHaveLength(1);
  });

  it("marks a score from an older methodology as being rescored beside its tier", async () => {
    stubFetch(signedIn(oracleRiskApi({ score: { ...oracleScore, beingRescored: true } })));
    showVendor();
    const summary = await screen.findByRole("region", { name: "Risk summary" });
    expect(await within(summary).findByText("Being rescored")).toBeInTheDocument();
  });

  it("shows no rescoring mark on a score from the current methodology", async () => {
    stubFetch(signedIn(oracleRiskApi()));
    showVendor();
    const summary = await screen.findByRole("region", { name: "Risk summary" });
    await within(summary).findByText(formatScore(oracleScore.score.overall.score));
    expect(within(summary).queryByText("Being rescored")).not.toBeInTheDocument();
  });

  it("explains each of the three weaknesses with its reasons, largest first, linked to the record and the source", async () => {
    stubFetch(signedIn(oracleRiskApi()));
    showVendor();

    const legacy = await screen.findByRole("region", { name: "Legacy-data exposure" });
    expect(screen.getByRole("region", { name: "Credential hygiene" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Breach history" })).toBeInTheDocument();

    // The largest reasons first; the rest are one click away.
    expect(within(legacy).getAllByRole("listitem")).toHaveLength(REASONS_SHOWN);
    await userEvent.click(within(legacy).getByRole("button", { name: /^Show all \d+ reasons$/ }));
    expect(within(legacy).getAllByRole("listitem").length).toBeGreaterThan(REASONS_SHOWN);

    const unmigrated = contribution(legacy, "Data left on systems awaiting migration");
    expect(within(unmigrated).getByText("+8.0")).toBeInTheDocument();
    const anchor = recordAnchorId("evidence", unmigratedDataEvidence.id);
    const recordLink = within(unmigrated).getByRole("link", { name: "See the evidence" });
    expect(recordLink).toHaveAttribute("href", `#${anchor}`);
    expect(within(unmigrated).getByRole("link", { name: "Source" })).toHaveAttribute("href", bleepingUrl);

    const points = within(legacy)
      .getAllByRole("listitem")
      .map((li) => Number(li.textContent?.match(/[+−](\d+\.\d)/)?.[1]));
    expect(points).toEqual([...points].sort((a, b) => b - a));

    // The evidence row is further down the page; following the link moves focus onto it.
    await screen.findByRole("cell", { name: unmigratedDataEvidence.statement });
    await userEvent.click(recordLink);
    expect(document.getElementById(anchor)).toHaveFocus();
  });

  it("asks each question a missing answer raises once on the page, in the list of questions", async () => {
    stubFetch(signedIn(oracleRiskApi()));
    showVendor();

    const credentials = await screen.findByRole("region", { name: "Credential hygiene" });
    await userEvent.click(within(credentials).getByRole("button", { name: /^Show all \d+ reasons$/ }));
    const remoteAccess = contribution(credentials, "MFA on remote access");
    expect(remoteAccess).not.toHaveTextContent(/Ask the vendor|Does every remote-access route/);
    const questions = screen.getByRole("region", { name: "Questions to ask the vendor" });
    const listed = () => within(questions).getAllByRole("listitem").length;
    const firstOnly = listed();
    await userEvent.click(within(questions).getByRole("button", { name: /^Show all \d+ questions$/ }));
    expect(listed()).toBeGreaterThan(firstOnly);
    expect(within(questions).getByText(/^Does every remote-access route/)).toBeInTheDocument();
    expect(screen.getAllByText(/Does every remote-access route/)).toHaveLength(1);
    expect(within(questions).getByRole("button", { name: "Copy questions" })).toBeInTheDocument();
  });

  it("says the trend appears after the first change while there is a single score", async () => {
    stubFetch(signedIn(oracleRiskApi({ history: [historyPoint(oracleScore.computedAt)] })));
    showVendor();

    const trend = await screen.findByRole("region", { name: "Score over time" });
    expect(await within(trend).findByText(/The trend appears after the first change/)).toBeInTheDocument();
  });

  it("draws the trend once the vendor has been scored more than once", async () => {
    const history = [historyPoint("2025-05-01T08:00:00.000Z", 80), historyPoint(oracleScore.computedAt)];
    stubFetch(signedIn(oracleRiskApi({ history })));
    showVendor();

    const trend = await screen.findByRole("region", { name: "Score over time" });
    expect(
      await within(trend).findByLabelText("Overall and dimension scores at each recomputation, 0 to 100"),
    ).toBeInTheDocument();
    expect(within(trend).queryByText(/The trend appears after the first change/)).not.toBeInTheDocument();
  });

  it("says a vendor that has not been scored is not scored yet, and still shows its records", async () => {
    stubFetch(signedIn(oracleRiskApi({ score: null })));
    showVendor();

    const risk = await screen.findByRole("region", { name: "Risk" });
    expect(await within(risk).findByText("Not scored yet")).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Evidence" })).toBeInTheDocument();
  });
});
