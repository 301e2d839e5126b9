import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import type { VendorDto } from "@ward/contracts";
import { useNavigate } from "react-router";
import { useDeleteVendor } from "../../api/vendors";
import { ConfirmActionModal } from "../../components/confirm-action-modal";

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
      <ConfirmActionModal
        opened={opened}
        onClose={close}
        title={`Delete ${vendor.name}?`}
        confirmLabel="Delete vendor"
        onConfirm={confirm}
        pending={remove.isPending}
        error={remove.isError ? remove.error : null}
      >
        This deletes the vendor with all its products, data holdings, incidents and evidence. It cannot be
        undone.
      </ConfirmActionModal>
    </>
  );
}
