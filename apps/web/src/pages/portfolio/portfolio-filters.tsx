import { MultiSelect } from "@mantine/core";
import type { VendorListParams } from "../../api/vendors";
import { categoryLabels, criticalityLabels, optionsOf, statusLabels } from "../../labels/enum-labels";
import { portfolioTierLabels } from "../../labels/risk-labels";
import type { PortfolioParams } from "./portfolio-params";

type FilterKey = "category" | "status" | "criticality" | "riskTier";

/** The four filters in the order they appear, each with the labels of its values and its width on wide screens. */
const filters: { key: FilterKey; label: string; labels: Record<string, string>; width: number }[] = [
  { key: "category", label: "Category", labels: categoryLabels, width: 220 },
  { key: "status", label: "Relationship status", labels: statusLabels, width: 200 },
  { key: "criticality", label: "Criticality", labels: criticalityLabels, width: 200 },
  { key: "riskTier", label: "Risk tier", labels: portfolioTierLabels, width: 200 },
];

/** How many values the four filters hold together, for the phone's "Filters" button. */
export function activeFilterCount(params: VendorListParams): number {
  return filters.reduce((sum, filter) => sum + params[filter.key].length, 0);
}

/** The portfolio's four filters; the toolbar lays them out in a row, or stacked behind a button on a phone. */
export function PortfolioFilters({ params, update }: Pick<PortfolioParams, "params" | "update">) {
  return (
    <>
      {filters.map((filter) => (
        <MultiSelect
          key={filter.key}
          label={filter.label}
          placeholder={params[filter.key].length ? undefined : "Any"}
          data={optionsOf(filter.labels)}
          value={params[filter.key]}
          // The options come from the filter's own labels, so every value picked is one of its enumeration.
          onChange={(value) => update({ [filter.key]: value } as Partial<VendorListParams>)}
          clearable
          w={{ base: "100%", sm: filter.width }}
        />
      ))}
    </>
  );
}
