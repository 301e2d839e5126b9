import { whatIfScenarios } from "../schema";
import { vendorChildQueries } from "./vendor-children";

export type WhatIfScenarioRow = typeof whatIfScenarios.$inferSelect;

const scenarioQueries = vendorChildQueries(whatIfScenarios);

/** Oldest first, so a list keeps its order as scenarios are added. */
export const listWhatIfScenarios = scenarioQueries.list;
export const getWhatIfScenario = scenarioQueries.get;
export const insertWhatIfScenario = scenarioQueries.insert;
/** Returns whether a row was deleted. */
export const deleteWhatIfScenario = scenarioQueries.remove;
