import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WhatIfScenarioDto } from "@ward/contracts";
import { suggestWhatIfs } from "@ward/scoring";
import { describe, expect, it } from "vitest";
import { errorResponse, json, type StubRequest, stubFetch } from "../../../test/fetch-stub";
import { legacyHolding, oracleHealth } from "../../../test/fixtures";
import { renderRoute } from "../../../test/render";
import { oracleProfile, oracleRiskApi, SCORE_AS_OF } from "../../../test/risk-fixtures";
import { signedIn } from "../../../test/signed-in";
import { HOLDING_ACTIONS } from "./what-if-changes";

const base = `/api/vendors/${oracleHealth.id}/scenarios`;
const suggestions = suggestWhatIfs(oracleProfile, SCORE_AS_OF);
const [first, second] = suggestions;
/** Holding actions none of today's suggestions makes alone, so loading one ticks it under its holding. */
const [holdingOnly, otherHoldingAction] = HOLDING_ACTIONS.filter(
  (action) => !suggestions.some((s) => s.changes.length === 1 && s.changes[0]?.kind === action.kind),
);

function savedScenario(overrides: Partial<WhatIfScenarioDto> = {}): WhatIfScenarioDto {
  return {
    id: "5e5e5e5e-5e5e-4e5e-8e5e-5e5e5e5e5e5e",
    vendorId: oracleHealth.id,
    name: "Archive first",
    changes: [
      ...(second?.changes ?? []),
      { kind: holdingOnly?.kind ?? "encrypt_holding", holdingId: legacyHolding.id },
    ],
    createdBy: "Test analyst",
    createdAt: "2025-06-18T10:00:00.000Z",
    updatedAt: "2025-06-18T10:00:00.000Z",
    ...overrides,
  };
}

/** The Oracle Health API with a scenario store that answers as the server would. */
function withScenarios(initial: WhatIfScenarioDto[] = []) {
  let items = [...initial];
  const posted: unknown[] = [];
  const risk = oracleRiskApi();
  const handler = (request: StubRequest) => {
    if (request.path === base && request.method === "GET") return json({ items });
    if (request.path === base && request.method === "POST") {
      posted.push(request.body);
      const body = request.body as { name: string; changes: WhatIfScenarioDto["changes"] };
      const created = savedScenario({ id: "6f6f6f6f-6f6f-4f6f-8f6f-6f6f6f6f6f6f", ...body });
      items = [...items, created];
      return json(created, 201);
    }
    if (request.path.startsWith(`${base}/`) && request.method === "DELETE") {
      items = items.filter((s) => !request.path.endsWith(s.id));
      return new Response(null, { status: 204 });
    }
    return risk(request);
  };
  return { handler, posted };
}

async function openScenarios(handler: (r: StubRequest) => Response, role?: "viewer") {
  stubFetch(signedIn(handler, role));
  renderRoute(`/vendors/${oracleHealth.id}`);
  const panel = await screen.findByRole("region", { name: "What if" });
  const scenarios = await within(panel).findByRole("region", { name: "Saved scenarios" });
  return { panel, scenarios };
}

describe("saved what-if scenarios", () => {
  it("save the ticked changes under a trimmed name and list the new scenario", async () => {
    if (!first) throw new Error("the fixture vendor has a suggestion");
    const { handler, posted } = withScenarios();
    const { panel, scenarios } = await openScenarios(handler);
    expect(await within(scenarios).findByText(/No saved scenarios yet/)).toBeInTheDocument();
    expect(within(scenarios).getByRole("button", { name: "Save scenario" })).toBeDisabled();

    await userEvent.click(within(panel).getByRole("checkbox", { name: first.label }));
    await userEvent.type(within(scenarios).getByRole("textbox", { name: "Scenario name" }), "  MFA first ");
    await userEvent.click(within(scenarios).getByRole("button", { name: "Save scenario" }));

    await waitFor(() => expect(posted).toEqual([{ name: "MFA first", changes: first.changes }]));
    const list = await within(scenarios).findByRole("list", { name: "Saved scenarios" });
    expect(within(list).getByText("MFA first")).toBeInTheDocument();
    expect(within(scenarios).getByRole("textbox", { name: "Scenario name" })).toHaveValue("");
  });

  it("refuse an empty name at the field and send nothing", async () => {
    if (!first) throw new Error("the fixture vendor has a suggestion");
    const { handler, posted } = withScenarios();
    const { panel, scenarios } = await openScenarios(handler);
    await userEvent.click(within(panel).getByRole("checkbox", { name: first.label }));
    await userEvent.click(within(scenarios).getByRole("button", { name: "Save scenario" }));
    expect(
      await within(scenarios).findByText("Give the scenario a name of 1 to 120 characters"),
    ).toBeInTheDocument();
    expect(posted).toEqual([]);
  });

  it("show the server's reason under the name when saving fails", async () => {
    if (!first) throw new Error("the fixture vendor has a suggestion");
    const risk = oracleRiskApi();
    const { scenarios, panel } = await openScenarios((request) =>
      request.path === base && request.method === "POST"
        ? errorResponse(400, "VALIDATION_FAILED", "Invalid", [
            { path: "changes.0.holdingId", message: "This vendor has no data holding x" },
          ])
        : risk(request),
    );
    await userEvent.click(within(panel).getByRole("checkbox", { name: first.label }));
    await userEvent.type(within(scenarios).getByRole("textbox", { name: "Scenario name" }), "Plan");
    await userEvent.click(within(scenarios).getByRole("button", { name: "Save scenario" }));
    expect(await within(scenarios).findByText("This vendor has no data holding x")).toBeInTheDocument();
  });

  it("load a scenario back into the ticks, suggestions and holding actions alike", async () => {
    if (!second) throw new Error("the fixture vendor has two suggestions");
    if (!holdingOnly || !otherHoldingAction) throw new Error("two holding actions are not suggestions");
    const { handler } = withScenarios([savedScenario()]);
    const { panel, scenarios } = await openScenarios(handler);
    await userEvent.click(await within(scenarios).findByRole("button", { name: "Load" }));

    expect(within(panel).getByRole("checkbox", { name: second.label })).toBeChecked();
    const holding = within(panel).getByRole("group", { name: legacyHolding.system });
    expect(within(holding).getByRole("checkbox", { name: holdingOnly.label })).toBeChecked();
    expect(within(holding).getByRole("checkbox", { name: otherHoldingAction.label })).not.toBeChecked();
  });

  it("delete a scenario from the list", async () => {
    const { handler } = withScenarios([savedScenario()]);
    const { scenarios } = await openScenarios(handler);
    await userEvent.click(
      await within(scenarios).findByRole("button", { name: "Delete scenario Archive first" }),
    );
    expect(await within(scenarios).findByText(/No saved scenarios yet/)).toBeInTheDocument();
  });

  it("let a viewer load scenarios but not save or delete them", async () => {
    const { handler } = withScenarios([savedScenario()]);
    const { scenarios } = await openScenarios(handler, "viewer");
    expect(await within(scenarios).findByRole("button", { name: "Load" })).toBeInTheDocument();
    expect(within(scenarios).queryByRole("button", { name: "Save scenario" })).not.toBeInTheDocument();
    expect(within(scenarios).queryByRole("button", { name: /^Delete scenario/ })).not.toBeInTheDocument();
  });
});
