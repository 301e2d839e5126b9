import { ActionIcon, Button, Group, Radio, Select, Stack, Text } from "@mantine/core";
import { IconPlus, IconX } from "@tabler/icons-react";
import { answerRisk, catalogueEntry, EVIDENCE_CATALOGUE } from "@ward/scoring";
import { useState } from "react";
import { dimensionLabels, dimensionOrder } from "../../../labels/risk-labels";
import { evidenceValueFor } from "./what-if-changes";

// Grouped by dimension so a long list of factors reads like the three panels above it.
const factorOptions = dimensionOrder.map((dimension) => ({
  group: dimensionLabels[dimension],
  items: EVIDENCE_CATALOGUE.filter((e) => e.dimension === dimension).map((e) => ({
    value: e.factor,
    label: e.label,
  })),
}));

/** The sentence the engine would write for this answer, so "yes" to a bad practice reads as the risk it is. */
function meaningOf(factor: string, yes: boolean): string {
  const entry = catalogueEntry(factor);
  if (!entry) return "";
  return answerRisk(entry, evidenceValueFor(entry, yes)) === 0 ? entry.good : entry.bad;
}

interface WhatIfEvidenceProps {
  value: Readonly<Record<string, boolean>>;
  onChange: (factor: string, yes: boolean | null) => void;
}

/** Answer any catalogue question yes or no, as if the vendor had just said so. */
export function WhatIfEvidence({ value, onChange }: WhatIfEvidenceProps) {
  const [factor, setFactor] = useState<string | null>(null);
  const [answer, setAnswer] = useState<"yes" | "no">("yes");
  const chosen = factor ? catalogueEntry(factor) : undefined;
  const answered = Object.entries(value);

  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        Evidence
      </Text>
      <Select
        label="Evidence factor"
        placeholder="Choose a factor"
        data={factorOptions}
        value={factor}
        onChange={setFactor}
        searchable
        clearable
      />
      {chosen && (
        <Text size="xs" c="dimmed">
          {chosen.question}
        </Text>
      )}
      <Group align="flex-end" gap="md">
        <Radio.Group label="Answer" value={answer} onChange={(v) => setAnswer(v === "no" ? "no" : "yes")}>
          <Group gap="md" mt={4}>
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </Group>
        </Radio.Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus aria-hidden size={14} />}
          disabled={!factor}
          onClick={() => {
            if (!factor) return;
            onChange(factor, answer === "yes");
            setFactor(null);
          }}
        >
          Add answer
        </Button>
      </Group>
      {answered.length > 0 && (
        <Stack
          component="ul"
          gap={4}
          m={0}
          p={0}
          style={{ listStyle: "none" }}
          aria-label="Answers in this what-if"
        >
          {answered.map(([key, yes]) => {
            const label = catalogueEntry(key)?.label ?? key;
            return (
              <Group component="li" key={key} gap="xs" wrap="nowrap" align="flex-start">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Remove the answer to ${label}`}
                  onClick={() => onChange(key, null)}
                >
                  <IconX aria-hidden size={14} />
                </ActionIcon>
                <Text size="sm">
                  <strong>
                    {label}: {yes ? "Yes" : "No"}.
                  </strong>{" "}
                  {meaningOf(key, yes)}
                </Text>
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
