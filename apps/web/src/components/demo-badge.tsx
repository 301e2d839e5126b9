import { Badge, Tooltip } from "@mantine/core";

/** Marks made-up demonstration records so they are never mistaken for public facts. */
export function DemoBadge({ isDemo }: { isDemo: boolean }) {
  if (!isDemo) return null;
  return (
    <Tooltip label="Invented for the demonstration; not a public fact">
      <Badge color="grape" variant="light" tabIndex={0} style={{ flexShrink: 0 }}>
        Demo data
      </Badge>
    </Tooltip>
  );
}
