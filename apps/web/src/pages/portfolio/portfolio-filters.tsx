import { MultiSelect } from "@mantine/core";
import type { Criticality, RelationshipStatus, RiskTierValue, VendorCategory } from "@ward/contracts";
import type { VendorListParams } from "../../api/vendors";
import { categoryLabels, criticalityLabels, optionsOf, statusLabels } from "../../labels/enum-labels";
import { tierLabels } from "../../labels/risk-labels";
import type { PortfolioParams } from "./portfolio-params";

/**
 * How many values the four filters hold together, for the phone's "Filters" button: the search box stays in view
 * there, so only what hides behind the button is counted.
 */
export function activeFilterCount(params: VendorListParams): number {
  return params.category.length + params.status.length + params.criticality.length + params.riskTier.length;
}

/** The portfolio's four filters; the toolbar lays them out in a row, or stacked behind a button on a phone. */
export function PortfolioFilters({ params, update }: Pick<PortfolioParams, "params" | "update">) {
  return (
    <>
      <MultiSelect
        label="Category"
        placeholder={params.category.length ? undefined : "Any"}
        data={optionsOf(categoryLabels)}
        value={params.category}
        onChange={(value) => update({ category: value as VendorCategory[] })}
        clearable
        w={{ base: "100%", sm: 220 }}
      />
      <MultiSelect
        label="Relationship status"
        placeholder={params.status.length ? undefined : "Any"}
        data={optionsOf(statusLabels)}
        value={params.status}
        onChange={(value) => update({ status: value as RelationshipStatus[] })}
        clearable
        w={{ base: "100%", sm: 200 }}
      />
      <MultiSelect
        label="Criticality"
        placeholder={params.criticality.length ? undefined : "Any"}
        data={optionsOf(criticalityLabels)}
        value={params.criticality}
        onChange={(value) => update({ criticality: value as Criticality[] })}
        clearable
        w={{ base: "100%", sm: 200 }}
      />
      <MultiSelect
        label="Risk tier"
        placeholder={params.riskTier.length ? undefined : "Any"}
        data={optionsOf(tierLabels)}
        value={params.riskTier}
        onChange={(value) => update({ riskTier: value as RiskTierValue[] })}
        clearable
        w={{ base: "100%", sm: 200 }}
      />
    </>
  );
}
