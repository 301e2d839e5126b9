import { useNavigate } from "react-router";
import { useProducts, useUpdateProduct } from "../../api/vendor-records";
import { useScoreChangeNotice } from "../vendor/use-score-change-notice";
import { useVendorId } from "../vendor/use-vendor-id";
import { VendorRecordLoader } from "../vendor/vendor-record-loader";
import { VendorRecordPage } from "../vendor/vendor-record-page";
import { ProductForm } from "./product-form";
import { productFormFrom } from "./product-form-values";

/** `/vendors/:id/products/:recordId/edit` */
export function EditProductPage() {
  const vendorId = useVendorId();
  const products = useProducts(vendorId);
  const update = useUpdateProduct(vendorId);
  const withScoreNotice = useScoreChangeNotice(vendorId);
  const navigate = useNavigate();

  return (
    <VendorRecordPage vendorId={vendorId} title="Edit product">
      <VendorRecordLoader vendorId={vendorId} query={products} noun="product">
        {(product) => (
          <ProductForm
            initialValues={productFormFrom(product)}
            cancelTo={`/vendors/${vendorId}`}
            onSave={async (input) => {
              await withScoreNotice(`Product ${input.name} saved`, () =>
                update.mutateAsync({ id: product.id, patch: input }),
              );
              await navigate(`/vendors/${vendorId}`);
            }}
          />
        )}
      </VendorRecordLoader>
    </VendorRecordPage>
  );
}
