import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { formatScore } from "../../../labels/risk-labels";
import { stubFetch } from "../../../test/fetch-stub";
import {
  bleepingUrl,
  customerMfaEvidence,
  legacyServerIncident,
  oracleHealth,
  unmigratedDataEvidence,
} from "../../../test/fixtures";
import { renderRoute } from "../../../test/render";
import { historyPoint, oracleRiskApi, oracleScore, v1Score } from "../../../test/risk-fixtures";
import { signedIn } from "../../../test/signed-in";
import { REASONS_SHOWN } from "./dimension-panel";
import { methodologyChanges } from "./methodology-changes";
import { recordAnchorId } from "./record-anchor";

const overallMethod = () => oracleScore.score.methodologyVersion.replace(".", "\\.");
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
    expect(
      within(risk).getByText(new RegExp(`Methodology ${overallMethod()} · as of 17 Jun 2025`)),
    ).toBeInTheDocument();
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

    // The largest reasons first; the rest are one click away. Reasons a group counts under its costliest
    // member follow that member instead of adding points of their own.
    const charging = () =>
      within(legacy)
        .getAllByRole("listitem")
        .filter((li) => !li.textContent?.includes("counted under"));
    expect(charging()).toHaveLength(REASONS_SHOWN);
    await userEvent.click(within(legacy).getByRole("button", { name: /^Show all \d+ reasons$/ }));
    expect(charging().length).toBeGreaterThan(REASONS_SHOWN);

    const unmigrated = contribution(legacy, "Data left on systems awaiting migration");
    const dimension = oracleScore.score.dimensions.legacyDataExposure;
    const stored = dimension.contributions.find((c) => c.factorId === "legacy.unmigrated_data");
    const charger = dimension.contributions.find((c) => c.group === stored?.group && c.points > 0);
    if (!stored || !charger) throw new Error("the fixture's unmigrated data is counted under another reason");
    expect(unmigrated).toHaveTextContent(`counted under “${charger.label}”`);
    expect(within(unmigrated).getByText("Fact")).toBeInTheDocument();
    const anchor = recordAnchorId("evidence", unmigratedDataEvidence.id);
    const recordLink = within(unmigrated).getByRole("link", { name: "See the evidence" });
    expect(recordLink).toHaveAttribute("href", `#${anchor}`);
    expect(within(unmigrated).getByRole("link", { name: "Source" })).toHaveAttribute("href", bleepingUrl);

    const points = charging().map((li) => Number(li.textContent?.match(/[+−](\d+\.\d)/)?.[1]));
    expect(points).toEqual([...points].sort((a, b) => b - a));

    // The evidence row is further down the page; following the link moves focus onto it.
    await screen.findByRole("cell", { name: unmigratedDataEvidence.statement });
    await userEvent.click(recordLink);
    expect(document.getElementById(anchor)).toHaveFocus();
  });

  it("tells what each reason rests on, and shows each weakness's range with the points still unknown", async () => {
    stubFetch(signedIn(oracleRiskApi()));
    showVendor();
    const legacy = await screen.findByRole("region", { name: "Legacy-data exposure" });
    await userEvent.click(within(legacy).getByRole("button", { name: /^Show all \d+ reasons$/ }));
    const { contributions, range, unknownPoints, score } = oracleScore.score.dimensions.legacyDataExposure;
    const labels = { fact: "Fact", unverified: "Vendor's word", missing: "Missing" } as const;
    for (const c of contributions.filter((c) => c.points > 0)) {
      if (!c.basis) throw new Error("a v2 reason has a basis");
      expect(within(contribution(legacy, c.label)).getByText(labels[c.basis])).toBeInTheDocument();
    }
    if (!range || unknownPoints === undefined) throw new Error("a v2 dimension has a range");
    expect(
      within(legacy).getByRole("img", {
        name: `Score ${formatScore(score)}; could be ${Math.round(range.low)}–${Math.round(range.high)} of 100`,
      }),
    ).toBeInTheDocument();
    expect(
      within(legacy).getByText(new RegExp(`${unknownPoints.toFixed(1)} points unknown`)),
    ).toBeInTheDocument();
  });

  it("warns of an answer that contradicts a recorded fact, naming the answer and the record", async () => {
    const { score } = oracleScore;
    const legacy = score.dimensions.legacyDataExposure;
    const contradicted = {
      ...oracleScore,
      score: {
        ...score,
        dimensions: {
          ...score.dimensions,
          legacyDataExposure: {
            ...legacy,
            contradictions: [
              {
                factorId: "legacy.unmigrated_data",
                evidenceId: customerMfaEvidence.id,
                record: { kind: "incident" as const, id: legacyServerIncident.id, url: null },
                explanation: "The vendor says no legacy system holds data; a recorded incident involved one.",
              },
            ],
          },
        },
      },
    };
    stubFetch(signedIn(oracleRiskApi({ score: contradicted })));
    showVendor();
    const panel = await screen.findByRole("region", { name: "Legacy-data exposure" });
    const warning = within(panel).getByRole("alert");
    expect(warning).toHaveTextContent("An answer contradicts the record");
    expect(warning).toHaveTextContent(/a recorded incident involved one/);
    expect(within(warning).getByRole("link", { name: "See the answer" })).toHaveAttribute(
      "href",
      `#${recordAnchorId("evidence", customerMfaEvidence.id)}`,
    );
    expect(within(warning).getByRole("link", { name: "See the incident" })).toHaveAttribute(
      "href",
      `#${recordAnchorId("incident", legacyServerIncident.id)}`,
    );
  });

  it("shows a score from methodology v1 as it stands, without the fields it lacks", async () => {
    stubFetch(signedIn(oracleRiskApi({ score: v1Score(), history: [] })));
    showVendor();
    const legacy = await screen.findByRole("region", { name: "Legacy-data exposure" });
    expect(within(legacy).queryByRole("img")).not.toBeInTheDocument();
    expect(within(legacy).queryByText("Fact")).not.toBeInTheDocument();
    const summary = screen.getByRole("region", { name: "Risk summary" });
    expect(within(summary).getByText(formatScore(oracleScore.score.overall.score))).toBeInTheDocument();
    expect(within(summary).queryByText(/^Facts behind/)).not.toBeInTheDocument();
    expect(within(summary).queryByRole("table")).not.toBeInTheDocument();
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

  it("marks where the scoring method changed on the trend, between the last old and the first new score", async () => {
    const old = { ...historyPoint("2025-05-01T08:00:00.000Z", 80), methodologyVersion: "2026.1" };
    const history = [old, historyPoint(oracleScore.computedAt)];
    stubFetch(signedIn(oracleRiskApi({ history })));
    showVendor();
    const trend = await screen.findByRole("region", { name: "Score over time" });
    const version = oracleScore.score.methodologyVersion;
    expect(
      await within(trend).findByText(
        new RegExp(`method changed from 2026\\.1 to ${version.replace(".", "\\.")}`),
      ),
    ).toBeInTheDocument();
    expect(methodologyChanges(history)).toEqual([
      { index: 1, from: "2026.1", to: version, computedAt: oracleScore.computedAt },
    ]);
    expect(
      methodologyChanges([historyPoint(oracleScore.computedAt), historyPoint(oracleScore.computedAt)]),
    ).toEqual([]);
  });

  it("says a vendor that has not been scored is not scored yet, and still shows its records", async () => {
    stubFetch(signedIn(oracleRiskApi({ score: null })));
    showVendor();

    const risk = await screen.findByRole("region", { name: "Risk" });
    expect(await within(risk).findByText("Not scored yet")).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Evidence" })).toBeInTheDocument();
  });
});
