import { useNavigate } from "react-router";
import { useIncidents, useUpdateIncident } from "../../api/vendor-records";
import { useScoreChangeNotice } from "../vendor/use-score-change-notice";
import { useVendorId } from "../vendor/use-vendor-id";
import { VendorRecordLoader } from "../vendor/vendor-record-loader";
import { VendorRecordPage } from "../vendor/vendor-record-page";
import { IncidentForm } from "./incident-form";
import { incidentFormFrom } from "./incident-form-values";

/** `/vendors/:id/incidents/:recordId/edit` */
export function EditIncidentPage() {
  const vendorId = useVendorId();
  const incidents = useIncidents(vendorId);
  const update = useUpdateIncident(vendorId);
  const withScoreNotice = useScoreChangeNotice(vendorId);
  const navigate = useNavigate();

  return (
    <VendorRecordPage vendorId={vendorId} title="Edit incident">
      <VendorRecordLoader vendorId={vendorId} query={incidents} noun="incident">
        {(incident) => (
          <IncidentForm
            initialValues={incidentFormFrom(incident)}
            cancelTo={`/vendors/${vendorId}`}
            onSave={async (input) => {
              // Sources, dates and consequences go together: the dates and consequences cite sources by index.
              await withScoreNotice(`Incident ${input.title} saved`, () =>
                update.mutateAsync({ id: incident.id, patch: input }),
              );
              await navigate(`/vendors/${vendorId}`);
            }}
          />
        )}
      </VendorRecordLoader>
    </VendorRecordPage>
  );
}
