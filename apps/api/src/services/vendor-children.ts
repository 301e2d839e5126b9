import { createDataHoldingInput, createEvidenceInput, createProductInput } from "@ward/contracts";
import { dataHoldingQueries, evidenceQueries, productQueries, type WardDb } from "@ward/db";
import type { z } from "zod";
import { settleAssurance, settleDestruction } from "./assurance";
import { inTransaction, recordChange } from "./audit";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";
import { NotFoundError, ValidationError } from "./errors";
import { checkEvidenceAnswer } from "./evidence-catalogue";
import { vendorChanged } from "./vendor-changed";
import { requireVendor, toDataHoldingDto, toEvidenceDto, toProductDto } from "./vendor-records";

interface ChildQueries<Row> {
  list(db: WardDb, organizationId: string, vendorId: string): Promise<Row[]>;
  get(db: WardDb, organizationId: string, vendorId: string, id: string): Promise<Row | undefined>;
  // Method syntax keeps these parameters bivariant, so each table's own insert shape fits.
  insert(db: WardDb, values: Record<string, unknown>): Promise<Row>;
  update(
    db: WardDb,
    organizationId: string,
    vendorId: string,
    id: string,
    patch: Record<string, unknown>,
  ): Promise<Row | undefined>;
  remove(db: WardDb, organizationId: string, vendorId: string, id: string): Promise<boolean>;
}

interface ChildSpec<Row, Dto, Create extends z.ZodType> {
  /** Entity name for messages and the audit trail, e.g. `product`. */
  entity: string;
  label: string;
  queries: ChildQueries<Row>;
  createSchema: Create;
  toDto(row: Row): Dto;
  /**
   * Settles fields that follow from others, or refuses a combination that cannot be true, looking at the record
   * as stored when this is an update (`before`). Returns the values to write.
   */
  settle?(values: Record<string, unknown>, before?: Row): Record<string, unknown>;
  /**
   * Checks that need the database or the record as stored, e.g. a holding's product must belong to the same
   * vendor. `before` is the stored record on an update, undefined on a create.
   */
  check?(
    tx: WardDb,
    ctx: ServiceContext,
    vendorId: string,
    values: Record<string, unknown>,
    before?: Row,
  ): Promise<void>;
}

/**
 * The list, get, create, update and delete use cases shared by the simple records kept under a vendor. Each
 * write checks the vendor belongs to the caller's organization, audits the change and touches the vendor.
 */
function vendorChildService<Row extends { id: string }, Dto, Create extends z.ZodType>(
  spec: ChildSpec<Row, Dto, Create>,
) {
  const notFound = () => new NotFoundError(spec.label);
  return {
    async list(ctx: ServiceContext, vendorId: string): Promise<{ items: Dto[] }> {
      authorize(ctx, "vendor:read");
      await requireVendor(ctx.db, ctx, vendorId);
      const rows = await spec.queries.list(ctx.db, ctx.org.id, vendorId);
      return { items: rows.map(spec.toDto) };
    },
    async get(ctx: ServiceContext, vendorId: string, id: string): Promise<Dto> {
      authorize(ctx, "vendor:read");
      await requireVendor(ctx.db, ctx, vendorId);
      const row = await spec.queries.get(ctx.db, ctx.org.id, vendorId, id);
      if (!row) throw notFound();
      return spec.toDto(row);
    },
    async create(ctx: ServiceContext, vendorId: string, input: z.input<Create>): Promise<Dto> {
      authorize(ctx, "vendor:write");
      const parsed = spec.createSchema.parse(input) as Record<string, unknown>;
      const values = spec.settle ? spec.settle(parsed) : parsed;
      return inTransaction(ctx, async (tx) => {
        await requireVendor(tx, ctx, vendorId);
        await spec.check?.(tx, ctx, vendorId, values);
        const now = ctx.clock.now();
        const row = await spec.queries.insert(tx, {
          ...values,
          organizationId: ctx.org.id,
          vendorId,
          createdAt: now,
          updatedAt: now,
        });
        await vendorChanged(tx, ctx, vendorId, `${spec.entity}.create`);
        const dto = spec.toDto(row);
        await recordChange(tx, ctx, {
          action: `${spec.entity}.create`,
          entityType: spec.entity,
          entityId: row.id,
          before: null,
          after: dto,
        });
        return dto;
      });
    },
    async update(
      ctx: ServiceContext,
      vendorId: string,
      id: string,
      sent: Record<string, unknown>,
    ): Promise<Dto> {
      authorize(ctx, "vendor:write");
      return inTransaction(ctx, async (tx) => {
        await requireVendor(tx, ctx, vendorId);
        const before = await spec.queries.get(tx, ctx.org.id, vendorId, id);
        if (!before) throw notFound();
        const patch = spec.settle ? spec.settle(sent, before) : sent;
        await spec.check?.(tx, ctx, vendorId, patch, before);
        const now = ctx.clock.now();
        const row = await spec.queries.update(tx, ctx.org.id, vendorId, id, { ...patch, updatedAt: now });
        if (!row) throw notFound();
        await vendorChanged(tx, ctx, vendorId, `${spec.entity}.update`);
        const dto = spec.toDto(row);
        await recordChange(tx, ctx, {
          action: `${spec.entity}.update`,
          entityType: spec.entity,
          entityId: id,
          before: spec.toDto(before),
          after: dto,
        });
        return dto;
      });
    },
    async remove(ctx: ServiceContext, vendorId: string, id: string): Promise<void> {
      authorize(ctx, "vendor:write");
      await inTransaction(ctx, async (tx) => {
        await requireVendor(tx, ctx, vendorId);
        const before = await spec.queries.get(tx, ctx.org.id, vendorId, id);
        if (!before) throw notFound();
        await spec.queries.remove(tx, ctx.org.id, vendorId, id);
        await vendorChanged(tx, ctx, vendorId, `${spec.entity}.delete`);
        await recordChange(tx, ctx, {
          action: `${spec.entity}.delete`,
          entityType: spec.entity,
          entityId: id,
          before: spec.toDto(before),
          after: null,
        });
      });
    },
  };
}

export const productService = vendorChildService({
  entity: "product",
  label: "Product",
  queries: productQueries,
  createSchema: createProductInput,
  toDto: toProductDto,
});

export const dataHoldingService = vendorChildService({
  entity: "data_holding",
  label: "Data holding",
  queries: dataHoldingQueries,
  createSchema: createDataHoldingInput,
  toDto: toDataHoldingDto,
  settle: settleDestruction,
  async check(tx, ctx, vendorId, values) {
    const productId = values.productId;
    if (typeof productId !== "string") return;
    const product = await productQueries.get(tx, ctx.org.id, vendorId, productId);
    if (!product) {
      throw new ValidationError("The product does not belong to this vendor", [
        { path: "productId", message: "Choose one of this vendor's products" },
      ]);
    }
  },
});

export const evidenceService = vendorChildService({
  entity: "evidence",
  label: "Evidence",
  queries: evidenceQueries,
  createSchema: createEvidenceInput,
  toDto: toEvidenceDto,
  settle: settleAssurance,
  async check(_tx, _ctx, _vendorId, values, before) {
    // A change to either half is checked against the other half as stored, so a new key cannot keep a value
    // of the old key's kind. A change to notes or sources alone leaves an older record as it is.
    if (!("factor" in values) && !("value" in values)) return;
    const factor = "factor" in values ? values.factor : before?.factor;
    const value = "value" in values ? values.value : before?.value;
    checkEvidenceAnswer(String(factor), value);
  },
});
