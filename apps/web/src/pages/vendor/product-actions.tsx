import type { ProductDto } from "@ward/contracts";
import { useDeleteProduct } from "../../api/vendor-records";
import { RecordActions } from "./record-actions";

/** Edit and delete for one product, the same in the table and in the phone's cards. */
export function ProductActions({ product }: { product: ProductDto }) {
  const remove = useDeleteProduct(product.vendorId);
  return (
    <RecordActions
      vendorId={product.vendorId}
      recordId={product.id}
      noun="Product"
      name={product.name}
      editTo={`/vendors/${product.vendorId}/products/${product.id}/edit`}
      remove={remove}
      deleteConsequence="Data holdings kept in this product stay recorded, no longer tied to a product."
    />
  );
}
