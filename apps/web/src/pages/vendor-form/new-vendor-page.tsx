import { Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";
import { useCreateVendor } from "../../api/vendors";
import { VendorForm } from "./vendor-form";

/** `/vendors/new` */
export function NewVendorPage() {
  const create = useCreateVendor();
  const navigate = useNavigate();

  return (
    <Stack gap="lg">
      <title>Add vendor · Ward</title>
      <Title order={1}>Add vendor</Title>
      <VendorForm
        cancelTo="/"
        onSave={async (input) => {
          const vendor = await create.mutateAsync(input);
          notifications.show({
            color: "green",
            title: "Vendor added",
            message: `${vendor.name} is in your portfolio.`,
          });
          await navigate(`/vendors/${vendor.id}`);
        }}
      />
    </Stack>
  );
}
