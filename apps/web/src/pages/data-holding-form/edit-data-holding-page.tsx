import { Skeleton } from "@mantine/core";
import { useNavigate } from "react-router";
import { useDataHoldings, useProducts, useUpdateDataHolding } from "../../api/vendor-records";
import { useScoreChangeNotice } from "../vendor/use-score-change-notice";
import { useVendorId } from "../vendor/use-vendor-id";
import { VendorRecordLoader } from "../vendor/vendor-record-loader";
import { VendorRecordPage } from "../vendor/vendor-record-page";
import { DataHoldingForm } from "./data-holding-form";
import { dataHoldingFormFrom } from "./data-holding-form-values";

/** `/vendors/:id/data-holdings/:recordId/edit` */
export function EditDataHoldingPage() {
  const vendorId = useVendorId();
  const holdings = useDataHoldings(vendorId);
  const products = useProducts(vendorId);
  const update = useUpdateDataHolding(vendorId);
  const withScoreNotice = useScoreChangeNotice(vendorId);
  const navigate = useNavigate();

  return (
    <VendorRecordPage vendorId={vendorId} title="Edit data holding">
      <VendorRecordLoader vendorId={vendorId} query={holdings} noun="data holding">
        {(holding) =>
          // The product picker must hold its options before the form mounts with the holding's product chosen.
          products.isPending ? (
            <Skeleton height={300} aria-label="Loading products" />
          ) : (
            <DataHoldingForm
              initialValues={dataHoldingFormFrom(holding)}
              // Without the product list the form still works, though the product picker cannot name the product.
              products={products.data?.items ?? []}
              cancelTo={`/vendors/${vendorId}`}
              onSave={async (input) => {
                await withScoreNotice(`Data holding ${input.system} saved`, () =>
                  update.mutateAsync({ id: holding.id, patch: input }),
                );
                await navigate(`/vendors/${vendorId}`);
              }}
            />
          )
        }
      </VendorRecordLoader>
    </VendorRecordPage>
  );
}
