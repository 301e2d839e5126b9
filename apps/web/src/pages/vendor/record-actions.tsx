import { Button, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import type { UseMutationResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useCan } from "../../api/me";
import { ConfirmActionModal } from "../../components/confirm-action-modal";
import { useScoreChangeNotice } from "./use-score-change-notice";

interface RecordActionsProps {
  vendorId: string;
  recordId: string;
  /** "Product", "Data holding", "Incident": starts the confirmation and success texts. */
  noun: string;
  /** The record's name as the page shows it, so each control says which record it acts on. */
  name: string;
  editTo: string;
  remove: UseMutationResult<unknown, Error, string>;
  /** What deleting takes away, said in the confirmation. */
  deleteConsequence: string;
  /** Further controls between Edit and Delete, such as "Mark destroyed". */
  children?: ReactNode;
}

/**
 * Edit and delete for one record under a vendor, shown only to members who may change vendors: a viewer would
 * reach a form they cannot save. Deleting asks first and then says what it did to the vendor's score.
 */
export function RecordActions(props: RecordActionsProps) {
  const canWrite = useCan("vendor:write");
  const [opened, { open, close }] = useDisclosure(false);
  const withScoreNotice = useScoreChangeNotice(props.vendorId);
  const { remove } = props;
  if (!canWrite) return null;

  const openConfirm = () => {
    remove.reset();
    open();
  };
  const confirm = () =>
    withScoreNotice(`${props.noun} ${props.name} deleted`, () => remove.mutateAsync(props.recordId)).then(
      close,
      // The modal shows the failure from the mutation's state and stays open for a retry.
      () => undefined,
    );

  return (
    <Group gap="xs">
      <Button
        component={Link}
        to={props.editTo}
        size="xs"
        variant="subtle"
        leftSection={<IconPencil aria-hidden size={14} />}
        aria-label={`Edit ${props.name}`}
      >
        Edit
      </Button>
      {props.children}
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<IconTrash aria-hidden size={14} />}
        aria-label={`Delete ${props.name}`}
        onClick={openConfirm}
      >
        Delete
      </Button>
      <ConfirmActionModal
        opened={opened}
        onClose={close}
        title={`Delete ${props.name}?`}
        confirmLabel={`Delete ${props.noun.toLowerCase()}`}
        onConfirm={() => void confirm()}
        pending={remove.isPending}
        error={remove.isError ? remove.error : null}
      >
        {props.deleteConsequence} It cannot be undone.
      </ConfirmActionModal>
    </Group>
  );
}
