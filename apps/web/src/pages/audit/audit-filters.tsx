import { Autocomplete, Button, Group, Select } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconX } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useMembers } from "../../api/members";
import { type AuditParams, hasAuditFilters } from "./audit-params";
import { entityTypeOptions, knownActions } from "./audit-vocabulary";

/** Who, what kind of record, which action, and when: the audit log's filters. */
export function AuditFilterBar({ filters, update, clear }: AuditParams) {
  const members = useMembers();
  const actorOptions = (members.data?.items ?? []).map((m) => ({
    value: m.userId,
    label: `${m.name} (${m.email})`,
  }));
  const [action, setAction] = useState(filters.action);
  // The last action this box sent; a different one in the address came from elsewhere (clear, back button).
  const sent = useRef(filters.action);
  const sendAction = useDebouncedCallback((value: string) => {
    sent.current = value.trim();
    update({ action: value.trim() });
  }, 400);

  useEffect(() => {
    if (filters.action !== sent.current) {
      sent.current = filters.action;
      setAction(filters.action);
    }
  }, [filters.action]);

  const clearAll = () => {
    sendAction.cancel();
    sent.current = "";
    setAction("");
    clear();
  };

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label="Actor"
        placeholder="Anyone"
        data={actorOptions}
        value={filters.actorId || null}
        onChange={(value) => update({ actorId: value ?? "" })}
        searchable
        clearable
        w={{ base: "100%", sm: 260 }}
      />
      <Select
        label="Entity type"
        placeholder="Any"
        data={entityTypeOptions}
        value={filters.entityType || null}
        onChange={(value) => update({ entityType: value ?? "" })}
        clearable
        w={{ base: "100%", sm: 170 }}
      />
      <Autocomplete
        label="Action"
        placeholder="e.g. vendor.update"
        data={knownActions}
        value={action}
        onChange={(value) => {
          setAction(value);
          sendAction(value);
        }}
        w={{ base: "100%", sm: 190 }}
      />
      <DateInput
        label="From"
        placeholder="First day"
        valueFormat="YYYY-MM-DD"
        value={filters.from || null}
        onChange={(value) => update({ from: value ?? "" })}
        maxDate={filters.to || undefined}
        clearable
        w={{ base: "100%", sm: 150 }}
      />
      <DateInput
        label="To"
        placeholder="Last day"
        valueFormat="YYYY-MM-DD"
        value={filters.to || null}
        onChange={(value) => update({ to: value ?? "" })}
        minDate={filters.from || undefined}
        clearable
        w={{ base: "100%", sm: 150 }}
      />
      {hasAuditFilters(filters) && (
        <Button variant="subtle" leftSection={<IconX aria-hidden size={16} />} onClick={clearAll}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
