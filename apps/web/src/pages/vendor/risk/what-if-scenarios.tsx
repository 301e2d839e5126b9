import { ActionIcon, Button, Group, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy, IconTrash } from "@tabler/icons-react";
import { createWhatIfScenarioInput, type WhatIfChangeDto, type WhatIfScenarioDto } from "@ward/contracts";
import { type FormEvent, useState } from "react";
import { ApiError, describeError } from "../../../api/api-error";
import { useCan } from "../../../api/me";
import { useDeleteScenario, useSaveScenario, useScenarios } from "../../../api/scenarios";
import { QueryError } from "../../../components/query-error";
import { formatDateTime } from "../../../labels/format";

interface WhatIfScenariosProps {
  vendorId: string;
  /** The engine's change list for what is ticked now; empty when nothing is. */
  changes: readonly WhatIfChangeDto[];
  onLoad: (scenario: WhatIfScenarioDto) => void;
}

function SaveForm({ vendorId, changes }: Omit<WhatIfScenariosProps, "onLoad">) {
  const save = useSaveScenario(vendorId);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createWhatIfScenarioInput.safeParse({ name, changes });
    if (!parsed.success) {
      const nameIssue = parsed.error.issues.find((i) => i.path[0] === "name");
      setError(nameIssue ? "Give the scenario a name of 1 to 120 characters" : "Tick at least one change");
      return;
    }
    setError(null);
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        setName("");
        notifications.show({ color: "teal", message: `Saved “${saved.name}”` });
      },
      onError: (e) => setError(e instanceof ApiError && e.issues[0] ? e.issues[0].message : describeError(e)),
    });
  };

  return (
    <Group component="form" onSubmit={submit} align="flex-start" gap="xs" wrap="wrap">
      <TextInput
        label="Scenario name"
        placeholder="Destroy the archives first"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={error}
        maxLength={120}
        style={{ flex: "1 1 14rem" }}
      />
      <Button
        type="submit"
        mt={24}
        variant="light"
        loading={save.isPending}
        disabled={changes.length === 0}
        leftSection={<IconDeviceFloppy aria-hidden size={16} />}
      >
        Save scenario
      </Button>
    </Group>
  );
}

function ScenarioRow({
  scenario,
  vendorId,
  onLoad,
  canWrite,
}: {
  scenario: WhatIfScenarioDto;
  vendorId: string;
  onLoad: (scenario: WhatIfScenarioDto) => void;
  canWrite: boolean;
}) {
  const remove = useDeleteScenario(vendorId);
  const count = scenario.changes.length;
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="xs">
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
          {scenario.name}
        </Text>
        <Text size="xs" c="dimmed">
          {count} {count === 1 ? "change" : "changes"} · {scenario.createdBy},{" "}
          {formatDateTime(scenario.createdAt)}
        </Text>
      </div>
      <Group gap={4} wrap="nowrap">
        <Button size="xs" variant="default" onClick={() => onLoad(scenario)}>
          Load
        </Button>
        {canWrite && (
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Delete scenario ${scenario.name}`}
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(scenario.id, {
                onError: (e) =>
                  notifications.show({ color: "red", title: "Not deleted", message: describeError(e) }),
              })
            }
          >
            <IconTrash aria-hidden size={16} />
          </ActionIcon>
        )}
      </Group>
    </Group>
  );
}

/** Sets of changes saved under a name on the vendor, to come back to; loading one ticks its changes again. */
export function WhatIfScenarios({ vendorId, changes, onLoad }: WhatIfScenariosProps) {
  const scenarios = useScenarios(vendorId);
  const canWrite = useCan("vendor:write");
  return (
    <Stack gap="xs" component="section" aria-labelledby="what-if-scenarios-title">
      <Title order={4} size="h5" id="what-if-scenarios-title">
        Saved scenarios
      </Title>
      {canWrite && <SaveForm vendorId={vendorId} changes={changes} />}
      {scenarios.isPending ? (
        <Skeleton height={48} aria-label="Loading saved scenarios" />
      ) : scenarios.isError ? (
        <QueryError
          title="Could not load the saved scenarios"
          error={scenarios.error}
          onRetry={scenarios.refetch}
        />
      ) : scenarios.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No saved scenarios yet.
          {canWrite ? " Tick changes and save them under a name to come back to them." : ""}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: "none" }} aria-label="Saved scenarios">
          {scenarios.data.items.map((scenario) => (
            <ScenarioRow
              key={scenario.id}
              scenario={scenario}
              vendorId={vendorId}
              onLoad={onLoad}
              canWrite={canWrite}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
