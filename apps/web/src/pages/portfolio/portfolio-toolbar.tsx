import { Badge, Button, Collapse, Group, Stack, TextInput } from "@mantine/core";
import { useDebouncedCallback, useDisclosure } from "@mantine/hooks";
import { IconAdjustmentsHorizontal, IconSearch, IconX } from "@tabler/icons-react";
import { useEffect, useId, useRef, useState } from "react";
import { usePhoneLayout } from "../../components/use-phone-layout";
import { activeFilterCount, PortfolioFilters } from "./portfolio-filters";
import { hasFilters, type PortfolioParams } from "./portfolio-params";

/** Search box and filters above the vendor table; on a phone the filters fold behind a button. */
export function PortfolioToolbar({ params, update, clearFilters }: PortfolioParams) {
  const [query, setQuery] = useState(params.q);
  // The last search this box sent; a different `q` in the address came from elsewhere (clear, back button).
  const sent = useRef(params.q);
  const sendQuery = useDebouncedCallback((q: string) => {
    sent.current = q.trim();
    update({ q: q.trim() });
  }, 300);
  const phone = usePhoneLayout();
  const [filtersOpen, filters] = useDisclosure(false);
  const filtersId = useId();

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

  const search = (
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
  );
  const clearButton = hasFilters(params) && (
    <Button variant="subtle" leftSection={<IconX aria-hidden size={16} />} onClick={clear}>
      Clear filters
    </Button>
  );

  if (!phone) {
    return (
      <Group align="flex-end" gap="sm" wrap="wrap">
        {search}
        <PortfolioFilters params={params} update={update} />
        {clearButton}
      </Group>
    );
  }

  const active = activeFilterCount(params);
  return (
    <Stack gap="sm">
      {search}
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconAdjustmentsHorizontal aria-hidden size={16} />}
          rightSection={
            active > 0 && (
              <Badge size="sm" circle aria-hidden>
                {active}
              </Badge>
            )
          }
          aria-expanded={filtersOpen}
          aria-controls={filtersId}
          // The count is drawn as a badge; a screen reader hears it in the button's name instead.
          aria-label={active > 0 ? `Filters, ${active} active` : "Filters"}
          onClick={filters.toggle}
        >
          Filters
        </Button>
        {clearButton}
      </Group>
      <Collapse expanded={filtersOpen} id={filtersId}>
        <Stack gap="sm">
          <PortfolioFilters params={params} update={update} />
        </Stack>
      </Collapse>
    </Stack>
  );
}
