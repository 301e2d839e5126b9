import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { suggestWhatIfs, whatIf } from "@ward/scoring";
import { describe, expect, it } from "vitest";
import { formatDelta, formatScore } from "../../../labels/risk-labels";
import { stubFetch } from "../../../test/fetch-stub";
import { legacyHolding, legacyServerIncident, oracleHealth } from "../../../test/fixtures";
import { renderRoute } from "../../../test/render";
import { oracleProfile, oracleRiskApi, oracleScore, SCORE_AS_OF } from "../../../test/risk-fixtures";
import { signedIn } from "../../../test/signed-in";
import { EMPTY_SELECTION } from "./what-if-changes";
import { marginalEffect, selectionScorer, withItem } from "./what-if-marginal";

async function openWhatIf() {
  const requests = stubFetch(signedIn(oracleRiskApi()));
  renderRoute(`/vendors/${oracleHealth.id}`);
  const panel = await screen.findByRole("region", { name: "What if" });
  return { panel, requests };
}

/** The Now, What if and Change cells of one row of the results table. */
function resultRow(panel: HTMLElement, name: string) {
  const table = within(panel).getByRole("table", { name: "Scores with these changes" });
  const row = within(table).getByRole("rowheader", { name }).closest("tr");
  if (!row) throw new Error(`no ${name} row`);
  const [now, after, change] = within(row).getAllByRole("cell");
  if (!now || !after || !change) throw new Error(`the ${name} row has three cells`);
  return { now, after, change };
}

describe("the what-if panel", () => {
  it("starts from the stored score and lowers the overall score as soon as a suggestion is ticked, saving nothing", async () => {
    const { panel, requests } = await openWhatIf();
    const stored = formatScore(oracleScore.score.overall.score);
    expect(resultRow(panel, "Overall").now).toHaveTextContent(stored);
    expect(resultRow(panel, "Overall").after).toHaveTextContent(stored);
    expect(resultRow(panel, "Overall").change).toHaveTextContent("±0");
    expect(within(panel).getByText(/Nothing here changes the vendor.s records or score/)).toBeInTheDocument();

    const [first] = suggestWhatIfs(oracleProfile, SCORE_AS_OF);
    if (!first) throw new Error("the fixture vendor has something to improve");
    const expected = whatIf(oracleProfile, {}, SCORE_AS_OF, first.changes);
    await userEvent.click(within(panel).getByRole("checkbox", { name: first.label }));

    const overall = resultRow(panel, "Overall");
    expect(overall.after).toHaveTextContent(formatScore(expected.after.overall.score));
    expect(overall.change).toHaveTextContent(formatDelta(expected.deltas.overall));
    expect(overall.change.textContent).toMatch(/^−\d/);
    const called = requests.mock.calls.map(([url, init]) => `${init?.method ?? "GET"} ${String(url)}`);
    expect(called.filter((call) => !call.startsWith("GET"))).toEqual([]);
    expect(called.some((call) => call.includes("what-if"))).toBe(false);
  });

  it("rescores for a holding action and for an evidence answer, and clears back to the stored score", async () => {
    const { panel } = await openWhatIf();

    const holding = within(panel).getByRole("group", { name: legacyHolding.system });
    await userEvent.click(
      within(holding).getByRole("checkbox", { name: "Destroy it and certify the destruction" }),
    );
    expect(resultRow(panel, "Legacy-data exposure").change.textContent).toMatch(/^−\d/);

    await userEvent.click(within(panel).getByRole("combobox", { name: "Evidence factor" }));
    await userEvent.click(
      await screen.findByRole("option", { name: "MFA on customer logins", hidden: true }),
    );
    await userEvent.click(within(panel).getByRole("radio", { name: "Yes" }));
    await userEvent.click(within(panel).getByRole("button", { name: "Add answer" }));
    const answers = within(panel).getByRole("list", { name: "Answers in this what-if" });
    expect(answers).toHaveTextContent("MFA on customer logins: Yes.");
    expect(resultRow(panel, "Credential hygiene").change.textContent).toMatch(/^−\d/);

    await userEvent.click(within(panel).getByRole("button", { name: "Clear changes" }));
    await waitFor(() => expect(resultRow(panel, "Overall").change).toHaveTextContent("±0"));
    expect(within(panel).queryByRole("list", { name: "Answers in this what-if" })).not.toBeInTheDocument();
  });

  it("rescores for a different record count and for an incident's impact, as the engine would", async () => {
    const { panel } = await openWhatIf();
    const holding = within(panel).getByRole("group", { name: legacyHolding.system });
    await userEvent.type(within(holding).getByRole("textbox", { name: "Records held" }), "500");
    const fewer = whatIf(oracleProfile, {}, SCORE_AS_OF, [
      { kind: "set_record_count", holdingId: legacyHolding.id, recordCount: 500 },
    ]);
    await waitFor(() =>
      expect(resultRow(panel, "Legacy-data exposure").after).toHaveTextContent(
        formatScore(fewer.after.dimensions.legacyDataExposure.score),
      ),
    );

    const incident = within(panel).getByRole("group", { name: legacyServerIncident.title });
    const dataTaken = within(incident).getByRole("combobox", { name: "Patient data taken" });
    await userEvent.click(dataTaken);
    // Each answer box has its own "No"; pick from the list this one controls.
    const options = document.getElementById(dataTaken.getAttribute("aria-controls") ?? "");
    if (!options) throw new Error("the answer box controls a list of options");
    // The fixture's incident took data; the what-if asks what if it had not.
    await userEvent.click(within(options).getByRole("option", { name: "No", hidden: true }));
    const taken = whatIf(oracleProfile, {}, SCORE_AS_OF, [
      { kind: "set_record_count", holdingId: legacyHolding.id, recordCount: 500 },
      { kind: "update_incident", incidentId: legacyServerIncident.id, dataTaken: "no" },
    ]);
    await waitFor(() =>
      expect(resultRow(panel, "Breach history").after).toHaveTextContent(
        formatScore(taken.after.dimensions.breachHistory.score),
      ),
    );
    expect(taken.after.dimensions.breachHistory.score).not.toBe(fewer.after.dimensions.breachHistory.score);

    await userEvent.click(within(panel).getByRole("button", { name: "Clear changes" }));
    await waitFor(() => expect(resultRow(panel, "Overall").change).toHaveTextContent("±0"));
    expect(within(holding).getByRole("textbox", { name: "Records held" })).toHaveValue("");
  });

  it("shows beside each suggestion what it does given the others ticked, so the ticked figures add up", async () => {
    const { panel } = await openWhatIf();
    const suggestions = suggestWhatIfs(oracleProfile, SCORE_AS_OF);
    const [first, second] = suggestions;
    if (!first || !second) throw new Error("the fixture vendor has two suggestions");
    const checkbox = (label: string) => within(panel).getByRole("checkbox", { name: label });
    const figure = (label: string) =>
      checkbox(label).closest(".mantine-Checkbox-root")?.querySelector(".mantine-Checkbox-description")
        ?.textContent;
    expect(figure(second.label)).toBe(`${formatDelta(second.deltas.overall)} overall`);

    await userEvent.click(checkbox(first.label));
    await userEvent.click(checkbox(second.label));
    const score = selectionScorer(oracleProfile, SCORE_AS_OF, suggestions);
    const both = withItem(
      withItem(EMPTY_SELECTION, { kind: "suggestion", id: first.id }, true),
      {
        kind: "suggestion",
        id: second.id,
      },
      true,
    );
    const secondGivenFirst = marginalEffect(score, both, { kind: "suggestion", id: second.id });
    // The two overlap, so the figure is not the effect on its own any more.
    expect(secondGivenFirst).not.toBe(second.deltas.overall);
    expect(figure(second.label)).toBe(`${formatDelta(secondGivenFirst)} overall`);
    const firstGivenSecond = marginalEffect(score, both, { kind: "suggestion", id: first.id });
    expect(figure(first.label)).toBe(`${formatDelta(firstGivenSecond)} overall`);
    const combined = whatIf(oracleProfile, {}, SCORE_AS_OF, [...first.changes, ...second.changes]);
    expect(resultRow(panel, "Overall").change).toHaveTextContent(formatDelta(combined.deltas.overall));
  });
});
