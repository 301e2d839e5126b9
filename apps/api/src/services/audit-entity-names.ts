import {
  type AuditEntityName,
  type AuditEventRow,
  findAuditEntityNames,
  findDeletedVendorNames,
} from "@ward/db";
import type { ServiceContext } from "./context";

/** Records that belong to a vendor, named "Vendor › record". */
const vendorChildren = new Set(["product", "data_holding", "incident", "evidence"]);
/** Fields that name a record in its kept state, in the order they are tried. */
const nameFields = ["name", "title", "system", "statement", "email"] as const;

const key = (entityType: string, id: string) => `${entityType}:${id}`;

function fieldsOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function keptName(state: Record<string, unknown>): string | null {
  for (const field of nameFields) {
    const value = state[field];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return null;
}

/** What the event's own states say: the newer side first, the before side for a deletion. */
function kept(event: AuditEventRow): { name: string | null; vendorId: string | null } {
  const after = fieldsOf(event.after);
  const before = fieldsOf(event.before);
  const vendorId = after.vendorId ?? before.vendorId;
  return {
    name: keptName(after) ?? keptName(before),
    vendorId: typeof vendorId === "string" ? vendorId : null,
  };
}

/**
 * The entity an event is about, in words: "Oracle Health › Legacy Cerner archive" for a vendor's record, the
 * name alone otherwise; the record's name today, or the one the event kept if it has been deleted since.
 */
export function entityLabel(
  event: AuditEventRow,
  current: Map<string, AuditEntityName>,
  vendorNames: Map<string, string>,
): string | null {
  const now = current.get(key(event.entityType, event.entityId));
  const then = kept(event);
  const name = now?.name ?? then.name;
  if (!vendorChildren.has(event.entityType)) return name;
  const vendorId = now?.vendorId ?? then.vendorId;
  const vendor = vendorId ? vendorNames.get(vendorId) : undefined;
  if (!vendor) return name;
  return name ? `${vendor} › ${name}` : vendor;
}

function vendorNamesOf(current: Map<string, AuditEntityName>): Map<string, string> {
  const names = new Map<string, string>();
  for (const [ref, found] of current)
    if (ref.startsWith("vendor:")) names.set(ref.slice("vendor:".length), found.name);
  return names;
}

/** Names the entities of a page of events with a few statements, whatever the page holds. */
export async function nameAuditEntities(
  ctx: ServiceContext,
  events: AuditEventRow[],
): Promise<Map<string, string | null>> {
  const refs = new Map<string, Set<string>>();
  const add = (entityType: string, id: string) =>
    refs.set(entityType, (refs.get(entityType) ?? new Set()).add(id));
  for (const event of events) {
    add(event.entityType, event.entityId);
    const { vendorId } = kept(event);
    if (vendorChildren.has(event.entityType) && vendorId) add("vendor", vendorId);
  }
  const asLists = new Map([...refs].map(([type, ids]) => [type, [...ids]]));
  const current = await findAuditEntityNames(ctx.db, ctx.org.id, asLists);
  const vendorNames = vendorNamesOf(current);
  const wanted = new Set<string>();
  for (const event of events) {
    if (!vendorChildren.has(event.entityType)) continue;
    const vendorId = current.get(key(event.entityType, event.entityId))?.vendorId ?? kept(event).vendorId;
    if (vendorId && !vendorNames.has(vendorId)) wanted.add(vendorId);
  }
  // A vendor is missing either because only the child's own row named it, or because it has been deleted.
  if (wanted.size > 0) {
    const more = await findAuditEntityNames(ctx.db, ctx.org.id, new Map([["vendor", [...wanted]]]));
    for (const [id, name] of vendorNamesOf(more)) vendorNames.set(id, name);
    const gone = [...wanted].filter((id) => !vendorNames.has(id));
    for (const [id, name] of await findDeletedVendorNames(ctx.db, ctx.org.id, gone))
      vendorNames.set(id, name);
  }
  return new Map(events.map((e) => [e.id, entityLabel(e, current, vendorNames)]));
}
