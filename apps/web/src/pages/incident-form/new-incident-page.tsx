import { useNavigate } from "react-router";
import { useCreateIncident } from "../../api/vendor-records";
import { useScoreChangeNotice } from "../vendor/use-score-change-notice";
import { useVendorId } from "../vendor/use-vendor-id";
import { VendorRecordPage } from "../vendor/vendor-record-page";
import { IncidentForm } from "./incident-form";

/** `/vendors/:id/incidents/new` */
export function NewIncidentPage() {
  const vendorId = useVendorId();
  const create = useCreateIncident(vendorId);
  const withScoreNotice = useScoreChangeNotice(vendorId);
  const navigate = useNavigate();

  return (
    <VendorRecordPage vendorId={vendorId} title="Add incident">
      <IncidentForm
        cancelTo={`/vendors/${vendorId}`}
        onSave={async (input) => {
          await withScoreNotice(`Incident ${input.title} added`, () => create.mutateAsync(input));
          await navigate(`/vendors/${vendorId}`);
        }}
      />
    </VendorRecordPage>
  );
}
