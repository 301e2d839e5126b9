import { screen, within } from "@testing-library/react";
import { suggestWhatIfs } from "@ward/scoring";
import { describe, expect, it } from "vitest";
import { formatDelta, formatScore } from "../../labels/risk-labels";
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
    expect(within(summary).getByText("Critical")).toBeInTheDocument();
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
