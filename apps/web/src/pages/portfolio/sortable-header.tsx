import { Group, Table, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronUp, IconSelector } from "@tabler/icons-react";
import type { VendorSortField } from "@ward/contracts";
import type { VendorListParams } from "../../api/vendors";
import classes from "./vendor-table.module.css";

interface SortableHeaderProps {
  field: VendorSortField;
  label: string;
  params: VendorListParams;
  onSort: (field: VendorSortField) => void;
}

/** A column header that sorts by its column; screen readers hear the current order through aria-sort. */
export function SortableHeader({ field, label, params, onSort }: SortableHeaderProps) {
  const active = params.sort === field;
  const Icon = !active ? IconSelector : params.order === "asc" ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={active ? (params.order === "asc" ? "ascending" : "descending") : "none"}>
      <UnstyledButton onClick={() => onSort(field)} className={classes.sortButton}>
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon aria-hidden size={14} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
