import { Button, Group, MultiSelect, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch, IconX } from "@tabler/icons-react";
import type { Criticality, RelationshipStatus, RiskTierValue, VendorCategory } from "@ward/contracts";
import { useEffect, useRef, useState } from "react";
import { categoryLabels, criticalityLabels, optionsOf, statusLabels } from "../../labels/enum-labels";
import { tierLabels } from "../../labels/risk-labels";
import { hasFilters, type PortfolioParams } from "./portfolio-params";

/** Search box and filters above the vendor table. */
export function PortfolioToolbar({ params, update, clearFilters }: PortfolioParams) {
  const [query, setQuery] = useState(params.q);
  // The last search this box sent; a different `q` in the address came from elsewhere (clear, back button).
  const sent = useRef(params.q);
  const sendQuery = useDebouncedCallback((q: string) => {
    sent.current = q.trim();
    update({ q: q.trim() });
  }, 300);

  useEffect(() => {
    if (params.q !== sent.current) {
      sent.current = params.q;
      setQuery(params.q);
    }
  }, [params.q]);

  const clear = () => {
    sendQuery.cancel();
    setQuery("");
    sent.current = "";
    clearFilters();
  };

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label="Search vendors"
        placeholder="Name, alias or former name"
        leftSection={<IconSearch aria-hidden size={16} />}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          sendQuery(event.currentTarget.value);
        }}
        w={{ base: "100%", sm: 260 }}
        type="search"
      />
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
      {hasFilters(params) && (
        <Button variant="subtle" leftSection={<IconX aria-hidden size={16} />} onClick={clear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
