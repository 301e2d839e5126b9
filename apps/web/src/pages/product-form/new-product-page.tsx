import { useNavigate } from "react-router";
import { useCreateProduct } from "../../api/vendor-records";
import { useScoreChangeNotice } from "../vendor/use-score-change-notice";
import { useVendorId } from "../vendor/use-vendor-id";
import { VendorRecordPage } from "../vendor/vendor-record-page";
import { ProductForm } from "./product-form";

/** `/vendors/:id/products/new` */
export function NewProductPage() {
  const vendorId = useVendorId();
  const create = useCreateProduct(vendorId);
  const withScoreNotice = useScoreChangeNotice(vendorId);
  const navigate = useNavigate();

  return (
    <VendorRecordPage vendorId={vendorId} title="Add product">
      <ProductForm
        cancelTo={`/vendors/${vendorId}`}
        onSave={async (input) => {
          await withScoreNotice(`Product ${input.name} added`, () => create.mutateAsync(input));
          await navigate(`/vendors/${vendorId}`);
        }}
      />
    </VendorRecordPage>
  );
}
