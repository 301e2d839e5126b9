import { touchVendor, type WardDb } from "@ward/db";
import type { ServiceContext } from "./context";
import { recomputeVendorScore } from "./scores";

/**
 * What every change to a vendor or a record under it must do in its transaction: mark the vendor updated and
 * score it again, so the stored score never lags its inputs.
 */
export async function vendorChanged(
  tx: WardDb,
  ctx: ServiceContext,
  vendorId: string,
  reason: string,
): Promise<void> {
  const vendor = await touchVendor(tx, ctx.org.id, vendorId, ctx.clock.now());
  await recomputeVendorScore(tx, ctx, vendorId, reason, vendor);
}
