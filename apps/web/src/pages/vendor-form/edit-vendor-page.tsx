import { Skeleton, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";
import { ApiError } from "../../api/api-error";
import { useUpdateVendor, useVendor } from "../../api/vendors";
import { QueryError } from "../../components/query-error";
import { useVendorId } from "../vendor/use-vendor-id";
import { VendorNotFound } from "../vendor/vendor-not-found";
import { VendorForm } from "./vendor-form";
import { vendorFormFrom } from "./vendor-form-values";

/** `/vendors/:id/edit` */
export function EditVendorPage() {
  const id = useVendorId();
  const vendor = useVendor(id);
  const update = useUpdateVendor(id);
  const navigate = useNavigate();

  if (vendor.isPending) return <Skeleton height={400} aria-label="Loading vendor" />;
  if (vendor.isError) {
    if (vendor.error instanceof ApiError && vendor.error.isNotFound) return <VendorNotFound />;
    return <QueryError title="Could not load this vendor" error={vendor.error} onRetry={vendor.refetch} />;
  }

  return (
    <Stack gap="lg">
      <title>{`Edit ${vendor.data.name} · Ward`}</title>
      <Title order={1}>Edit {vendor.data.name}</Title>
      <VendorForm
        initialValues={vendorFormFrom(vendor.data)}
        cancelTo={`/vendors/${id}`}
        onSave={async (input) => {
          const saved = await update.mutateAsync(input);
          notifications.show({
            color: "green",
            title: "Vendor saved",
            message: `${saved.name} was updated.`,
          });
          await navigate(`/vendors/${id}`);
        }}
      />
    </Stack>
  );
}
