import { Badge, Tooltip } from "@mantine/core";

/**
 * Marks a score stored by an older methodology while a background job rescores the vendor: the figures shown
 * are the previous ones, still valid as they were, and will be replaced shortly.
 */
export function BeingRescoredBadge({ size = "sm" }: { size?: "sm" | "md" }) {
  return (
    <Tooltip label="Ward is rescoring this vendor with the current methodology; this is its previous score.">
      <Badge size={size} color="gray" variant="outline" tabIndex={0}>
        Being rescored
      </Badge>
    </Tooltip>
  );
}
