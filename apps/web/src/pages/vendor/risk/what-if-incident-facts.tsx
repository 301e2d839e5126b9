import { Fieldset, Group, Select, Stack, Text } from "@mantine/core";
import type { IncidentDto, TriState } from "@ward/contracts";
import { triStateLabels } from "../../../labels/enum-labels";
import type { IncidentFacts } from "./what-if-changes";

interface WhatIfIncidentFactsProps {
  incidents: readonly IncidentDto[];
  value: Readonly<Record<string, IncidentFacts>>;
  onChange: (incidentId: string, facts: IncidentFacts) => void;
}

const answers = (["unknown", "yes", "no"] as const).map((v) => ({ value: v, label: triStateLabels[v] }));

const isTriState = (value: string | null): value is TriState =>
  value === "yes" || value === "no" || value === "unknown";

/**
 * What if an incident's impact turned out otherwise: patient data taken or not, an outage or not. The engine
 * weighs an incident by what it did, so an unknown answered either way moves the breach history.
 */
export function WhatIfIncidentFacts({ incidents, value, onChange }: WhatIfIncidentFactsProps) {
  if (incidents.length === 0) return null;
  const set = (incident: IncidentDto, field: keyof IncidentFacts, answer: string | null) => {
    const { [field]: _dropped, ...rest } = value[incident.id] ?? {};
    // Choosing the recorded answer again is no change at all.
    onChange(
      incident.id,
      isTriState(answer) && answer !== incident[field] ? { ...rest, [field]: answer } : rest,
    );
  };
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        Per incident
      </Text>
      {incidents.map((incident) => {
        const facts = value[incident.id] ?? {};
        return (
          <Fieldset key={incident.id} legend={incident.title} variant="unstyled">
            <Group gap="sm" grow>
              <Select
                label="Patient data taken"
                data={answers}
                value={facts.dataTaken ?? incident.dataTaken}
                onChange={(answer) => set(incident, "dataTaken", answer)}
                allowDeselect={false}
              />
              <Select
                label="Service outage"
                data={answers}
                value={facts.serviceOutage ?? incident.serviceOutage}
                onChange={(answer) => set(incident, "serviceOutage", answer)}
                allowDeselect={false}
              />
            </Group>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
