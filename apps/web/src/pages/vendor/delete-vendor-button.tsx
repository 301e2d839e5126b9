import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import type { VendorDto } from "@ward/contracts";
import { useNavigate } from "react-router";
import { describeError } from "../../api/api-error";
import { useDeleteVendor } from "../../api/vendors";

/** Deleting removes everything recorded under the vendor, so it asks first and names what goes. */
export function DeleteVendorButton({ vendor }: { vendor: VendorDto }) {
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteVendor(vendor.id);
  const navigate = useNavigate();

  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        close();
        notifications.show({
          color: "green",
          title: "Vendor deleted",
          message: `${vendor.name} was deleted.`,
        });
        void navigate("/");
      },
    });

  return (
    <>
      <Button variant="outline" color="red" leftSection={<IconTrash aria-hidden size={16} />} onClick={open}>
        Delete
      </Button>
      <Modal opened={opened} onClose={close} title={`Delete ${vendor.name}?`} centered>
        <Stack>
          <Text size="sm">
            This deletes the vendor with all its products, data holdings, incidents and evidence. It cannot be
            undone.
          </Text>
          {remove.isError && (
            <Text size="sm" c="red" role="alert">
              {describeError(remove.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" onClick={confirm} loading={remove.isPending}>
              Delete vendor
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
