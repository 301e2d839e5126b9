import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { describeError } from "../api/api-error";

interface ConfirmActionModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What the action does and what cannot be taken back. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  pending: boolean;
  /** The failed attempt's error, shown in the modal so the person can retry or cancel. */
  error: unknown;
}

/** Asks before an action that cannot be undone (delete, revoke, remove), and shows why it failed if it did. */
export function ConfirmActionModal(props: ConfirmActionModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Stack>
        <Text size="sm">{props.children}</Text>
        {props.error != null && (
          <Text size="sm" c="red" role="alert">
            {describeError(props.error)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={props.onConfirm} loading={props.pending}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
