import { z } from "zod";
import { id, isoDateTime, text } from "./common";
import { whatIfChange } from "./score";

/** At most this many changes in one scenario: more than any vendor's remediation plan, few enough to score at once. */
export const MAX_SCENARIO_CHANGES = 50;

/**
 * The changes of a what-if scenario, in the order the engine applies them (a later answer for the same factor
 * wins). The same list `POST /api/vendors/:id/what-if` scores, so a saved scenario can be scored as it is.
 */
export const scenarioChanges = z.array(whatIfChange).min(1).max(MAX_SCENARIO_CHANGES);

export const createWhatIfScenarioInput = z.object({
  /** How the analyst refers to the plan, e.g. "Destroy the archives first". */
  name: text().trim().min(1).max(120),
  changes: scenarioChanges,
});
export type CreateWhatIfScenarioInput = z.infer<typeof createWhatIfScenarioInput>;

export const whatIfScenarioDto = z.object({
  id,
  vendorId: id,
  name: z.string(),
  changes: z.array(whatIfChange),
  /** Who saved it, as the audit trail names them (a member or an API key). */
  createdBy: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type WhatIfScenarioDto = z.infer<typeof whatIfScenarioDto>;

export const whatIfScenarioList = z.object({ items: z.array(whatIfScenarioDto) });
export type WhatIfScenarioList = z.infer<typeof whatIfScenarioList>;

export const scenarioParam = z.object({ id, scenarioId: id });
