import { SimpleGrid, type SimpleGridProps } from "@mantine/core";

/**
 * Form fields side by side, aligned on their inputs: a field with a description is taller, and top alignment
 * would leave its input lower than its neighbours'.
 */
export function FieldRow({ cols, ...props }: SimpleGridProps & { cols: number }) {
  return (
    <SimpleGrid
      cols={{ base: 1, sm: Math.min(cols, 2), md: cols }}
      style={{ alignItems: "end" }}
      {...props}
    />
  );
}
