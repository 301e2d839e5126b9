import { Skeleton } from "@mantine/core";
import { useNavigate } from "react-router";
import { useCreateDataHolding, useProducts } from "../../api/vendor-records";
import { useScoreChangeNotice } from "../vendor/use-score-change-notice";
import { useVendorId } from "../vendor/use-vendor-id";
import { VendorRecordPage } from "../vendor/vendor-record-page";
import { DataHoldingForm } from "./data-holding-form";

/** `/vendors/:id/data-holdings/new` */
export function NewDataHoldingPage() {
  const vendorId = useVendorId();
  const products = useProducts(vendorId);
  const create = useCreateDataHolding(vendorId);
  const withScoreNotice = useScoreChangeNotice(vendorId);
  const navigate = useNavigate();

  return (
    <VendorRecordPage vendorId={vendorId} title="Add data holding">
      {products.isPending ? (
        <Skeleton height={300} />
      ) : (
        <DataHoldingForm
          // Without the product list the form still works; the holding is just not tied to a product.
          products={products.data?.items ?? []}
          cancelTo={`/vendors/${vendorId}`}
          onSave={async (input) => {
            await withScoreNotice(`Data holding ${input.system} added`, () => create.mutateAsync(input));
            await navigate(`/vendors/${vendorId}`);
          }}
        />
      )}
    </VendorRecordPage>
  );
}
