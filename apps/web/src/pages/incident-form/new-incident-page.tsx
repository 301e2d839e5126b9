import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";
import { useCreateIncident } from "../../api/vendor-records";
import { useVendorId } from "../vendor/use-vendor-id";
import { VendorRecordPage } from "../vendor/vendor-record-page";
import { IncidentForm } from "./incident-form";

/** `/vendors/:id/incidents/new` */
export function NewIncidentPage() {
  const vendorId = useVendorId();
  const create = useCreateIncident(vendorId);
  const navigate = useNavigate();

  return (
    <VendorRecordPage vendorId={vendorId} title="Add incident">
      <IncidentForm
        cancelTo={`/vendors/${vendorId}`}
        onSave={async (input) => {
          const incident = await create.mutateAsync(input);
          notifications.show({ color: "green", title: "Incident added", message: incident.title });
          await navigate(`/vendors/${vendorId}`);
        }}
      />
    </VendorRecordPage>
  );
}
