import { screen, within } from "@testing-library/react";
import { suggestWhatIfs } from "@ward/scoring";
import { describe, expect, it } from "vitest";
import { formatDelta, formatScore, portfolioTierLabels, tierLabels } from "../../labels/risk-labels";
import { stubFetch } from "../../test/fetch-stub";
import { oracleHealth } from "../../test/fixtures";
import { renderRoute } from "../../test/render";
import {
  historyPoint,
  oracleProfile,
  oracleRiskApi,
  oracleScore,
  SCORE_AS_OF,
} from "../../test/risk-fixtures";
import { signedIn } from "../../test/signed-in";

const showVendor = () => renderRoute(`/vendors/${oracleHealth.id}`);

describe("the vendor page's risk summary", () => {
  it("answers how bad, how sure, which way and what to do: score, tier, confidence, trend and three actions", async () => {
    const history = [historyPoint("2025-05-01T08:00:00.000Z", 80), historyPoint(oracleScore.computedAt)];
    stubFetch(signedIn(oracleRiskApi({ history })));
    showVendor();

    const summary = await screen.findByRole("region", { name: "Risk summary" });
    const { overall } = oracleScore.score;
    expect(await within(summary).findByText(formatScore(overall.score))).toBeInTheDocument();
    const { low, high } = overall.range ?? { low: Number.NaN, high: Number.NaN };
    expect(
      within(summary).getByText(new RegExp(`could be ${Math.round(low)}–${Math.round(high)}$`)),
    ).toBeInTheDocument();
    expect(within(summary).getByText(`${Math.round(overall.confidence * 100)}%`)).toBeInTheDocument();
    const rise = Math.round((overall.score - 80) * 10) / 10;
    expect(await within(summary).findByText(formatDelta(rise))).toBeInTheDocument();
    expect(within(summary).getByText(/^since 1 May 2025/)).toBeInTheDocument();

    const actions = await within(summary).findByRole("list");
    const expected = suggestWhatIfs(oracleProfile, SCORE_AS_OF).slice(0, 3);
    const items = within(actions).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expected.forEach((suggestion, i) => {
      expect(items[i]).toHaveTextContent(suggestion.label);
      expect(items[i]).toHaveTextContent(formatDelta(suggestion.deltas.overall));
      expect(items[i]).toHaveTextContent(/Removes “.+” \(\+\d+\.\d /);
    });
  });

  it("says how much of the score rests on facts and where the vendor sits in the priority matrix", async () => {
    stubFetch(signedIn(oracleRiskApi()));
    showVendor();
    const summary = await screen.findByRole("region", { name: "Risk summary" });
    const { overall, priority } = oracleScore.score;
    if (!priority || overall.coverage === undefined || overall.unknownPoints === undefined)
      throw new Error("a v2 score has a priority and coverage");
    expect(
      await within(summary).findByText(
        `Facts behind ${Math.round(overall.coverage * 100)}% of the score; ${Math.round(overall.unknownPoints)} of ${Math.round(overall.score)} points rest on missing or unverified answers`,
      ),
    ).toBeInTheDocument();
    expect(within(summary).getByText(`${priority.level} · ${priority.label}`)).toBeInTheDocument();
    expect(within(summary).getByText(`Inherent ${tierLabels[priority.inherentTier]}`)).toBeInTheDocument();
    expect(
      within(summary).getByText(`Residual ${portfolioTierLabels[priority.residual]}`),
    ).toBeInTheDocument();

    // The matrix is a table: the vendor's cell is named by its row and column, not only by colour.
    const matrix = within(summary).getByRole("table", { name: /Priority by inherent risk/ });
    const marked = within(matrix)
      .getAllByRole("cell")
      .filter((cell) => cell.getAttribute("aria-current") === "true");
    expect(marked).toHaveLength(1);
    const cell = marked[0] as HTMLElement;
    expect(cell).toHaveTextContent(new RegExp(`^${priority.level} ${priority.label}.*, this vendor$`));
    const row = cell.closest("tr") as HTMLElement;
    expect(within(row).getByRole("rowheader")).toHaveTextContent(tierLabels[priority.inherentTier]);
    const column = within(matrix).getAllByRole("columnheader")[[...row.children].indexOf(cell)];
    expect(column).toHaveTextContent(portfolioTierLabels[priority.residual]);
    expect(within(matrix).getAllByRole("cell")).toHaveLength(20);
  });

  it("shows an unassessed vendor as Unassessed with its range instead of a score", async () => {
    const { score } = oracleScore;
    const unassessed = {
      ...oracleScore,
      score: {
        ...score,
        overall: { ...score.overall, state: "unassessed" as const, range: { low: 0, high: 98 } },
      },
    };
    stubFetch(signedIn(oracleRiskApi({ score: unassessed })));
    showVendor();
    const summary = await screen.findByRole("region", { name: "Risk summary" });
    const overallFigure = (await within(summary).findByText("Overall risk")).parentElement as HTMLElement;
    expect(within(overallFigure).getByText("Unassessed")).toBeInTheDocument();
    expect(within(summary).getByText(/Could be 0–98 of 100/)).toBeInTheDocument();
    expect(within(summary).queryByText(formatScore(score.overall.score))).not.toBeInTheDocument();
  });

  it("says there is no trend yet while the vendor has a single score", async () => {
    stubFetch(signedIn(oracleRiskApi({ history: [historyPoint(oracleScore.computedAt)] })));
    showVendor();
    const summary = await screen.findByRole("region", { name: "Risk summary" });
    expect(await within(summary).findByText("First score: no earlier one to compare")).toBeInTheDocument();
  });

  it("says a vendor not yet scored has no summary yet", async () => {
    stubFetch(signedIn(oracleRiskApi({ score: null })));
    showVendor();
    const summary = await screen.findByRole("region", { name: "Risk summary" });
    expect(await within(summary).findByText(/^Not scored yet/)).toBeInTheDocument();
    expect(within(summary).queryByRole("list")).not.toBeInTheDocument();
  });
});
