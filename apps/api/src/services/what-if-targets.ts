import type { FieldIssue, WhatIfChangeDto } from "@ward/contracts";
import { catalogueEntry } from "@ward/scoring";
import { ValidationError } from "./errors";

/** The records of one vendor a what-if change may name. */
export interface WhatIfTargets {
  holdingIds: ReadonlySet<string>;
  incidentIds: ReadonlySet<string>;
}

function unknownTarget(change: WhatIfChangeDto, index: number, targets: WhatIfTargets): FieldIssue | null {
  if (change.kind === "set_evidence")
    return catalogueEntry(change.factor)
      ? null
      : { path: `changes.${index}.factor`, message: `No evidence factor is called ${change.factor}` };
  if ("holdingId" in change)
    return targets.holdingIds.has(change.holdingId)
      ? null
      : {
          path: `changes.${index}.holdingId`,
          message: `This vendor has no data holding ${change.holdingId}`,
        };
  return targets.incidentIds.has(change.incidentId)
    ? null
    : { path: `changes.${index}.incidentId`, message: `This vendor has no incident ${change.incidentId}` };
}

/**
 * Refuses changes naming an evidence factor Ward does not know, or a data holding or incident the vendor does
 * not have (another vendor's, or another organization's, is not the vendor's either), naming each such change.
 * The engine would throw on them; checked here, the caller hears which change is wrong instead of a failure.
 */
export function refuseUnknownWhatIfTargets(
  changes: readonly WhatIfChangeDto[],
  targets: WhatIfTargets,
): void {
  const issues = changes.flatMap((change, index) => unknownTarget(change, index, targets) ?? []);
  if (issues.length > 0)
    throw new ValidationError("A change names something this vendor does not have", issues);
}
