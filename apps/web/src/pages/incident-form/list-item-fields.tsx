import { Button, CloseButton, Fieldset, Group } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { SourceFields } from "./incident-form-values";

/** One numbered item of a list the incident form edits (a source, a date, a consequence), with its remove button. */
export function ListItemFieldset({
  noun,
  index,
  onRemove,
  children,
}: {
  noun: string;
  index: number;
  onRemove: () => void;
  children: ReactNode;
}) {
  const legend = `${noun} ${index + 1}`;
  return (
    <Fieldset legend={legend} variant="filled">
      <Group justify="flex-end" mt={-8}>
        <CloseButton aria-label={`Remove ${legend.toLowerCase()}`} onClick={onRemove} />
      </Group>
      {children}
    </Fieldset>
  );
}

/** The button under a list that adds one more item to it. */
export function AddListItemButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Group>
      <Button variant="light" leftSection={<IconPlus aria-hidden size={16} />} onClick={onClick}>
        {label}
      </Button>
    </Group>
  );
}

/** The incident's sources as choices for a date or a consequence to cite, numbered as the form shows them. */
export function sourceChoices(sources: SourceFields[]) {
  return sources.map((s, i) => ({ value: s.key, label: `${i + 1}. ${s.title || s.url || "Untitled"}` }));
}
