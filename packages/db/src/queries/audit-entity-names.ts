import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { WardDb } from "../client";
import {
  apiKeys,
  auditEvents,
  dataHoldings,
  evidence,
  incidents,
  invitations,
  members,
  organizations,
  products,
  users,
  vendors,
} from "../schema";

/** A record's name today, and for a vendor's child records the vendor it belongs to. */
export interface AuditEntityName {
  name: string;
  vendorId: string | null;
}

interface Source {
  table: PgTable & { id: PgColumn; organizationId: PgColumn };
  name: PgColumn;
  vendorId?: PgColumn;
}

/** The column that names each kind of tenant-owned record an audit event can point at. */
const sources: Record<string, Source> = {
  vendor: { table: vendors, name: vendors.name },
  product: { table: products, name: products.name, vendorId: products.vendorId },
  data_holding: { table: dataHoldings, name: dataHoldings.system, vendorId: dataHoldings.vendorId },
  incident: { table: incidents, name: incidents.title, vendorId: incidents.vendorId },
  evidence: { table: evidence, name: evidence.statement, vendorId: evidence.vendorId },
  api_key: { table: apiKeys, name: apiKeys.name },
  invitation: { table: invitations, name: invitations.email },
};

const key = (entityType: string, id: string) => `${entityType}:${id}`;

/** Ids per statement: an export names up to 50,000 events, more than one statement may carry parameters. */
const CHUNK = 1000;

function chunks(ids: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(ids.slice(i, i + CHUNK));
  return out;
}

/**
 * Current names of the records audit events point at, keyed `type:id`, one statement per kind of record.
 * Records deleted since are absent; the caller falls back to the names the events themselves kept.
 */
export async function findAuditEntityNames(
  db: WardDb,
  organizationId: string,
  refs: Map<string, string[]>,
): Promise<Map<string, AuditEntityName>> {
  const found = new Map<string, AuditEntityName>();
  for (const [entityType, all] of refs)
    for (const ids of chunks(all)) {
      const source = sources[entityType];
      if (source) {
        const rows = await db
          .select({ id: source.table.id, name: source.name, vendorId: source.vendorId ?? sql<null>`null` })
          .from(source.table)
          .where(and(eq(source.table.organizationId, organizationId), inArray(source.table.id, ids)));
        for (const r of rows)
          found.set(key(entityType, r.id as string), {
            name: r.name as string,
            vendorId: (r.vendorId as string | null) ?? null,
          });
      } else if (entityType === "member" || entityType === "account") {
        // A member event points at the membership, an account event at the person; both are named by the person.
        const idColumn = entityType === "member" ? members.id : members.userId;
        const rows = await db
          .select({ id: idColumn, name: users.name })
          .from(members)
          .innerJoin(users, eq(users.id, members.userId))
          .where(and(eq(members.organizationId, organizationId), inArray(idColumn, ids)));
        for (const r of rows) found.set(key(entityType, r.id), { name: r.name, vendorId: null });
      } else if (entityType === "organization" && ids.includes(organizationId)) {
        const [org] = await db
          .select({ name: organizations.name })
          .from(organizations)
          .where(eq(organizations.id, organizationId));
        if (org) found.set(key(entityType, organizationId), { name: org.name, vendorId: null });
      }
    }
  return found;
}

/**
 * Names of deleted vendors, from the latest of their own audit events that kept one (their deletion keeps the
 * record as it was), so a deleted vendor's child records are still named after it.
 */
export async function findDeletedVendorNames(
  db: WardDb,
  organizationId: string,
  vendorIds: string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const ids of chunks(vendorIds))
    for (const [id, name] of await deletedVendorNames(db, organizationId, ids)) names.set(id, name);
  return names;
}

async function deletedVendorNames(db: WardDb, organizationId: string, vendorIds: string[]) {
  const name = sql<string | null>`coalesce(${auditEvents.after}->>'name', ${auditEvents.before}->>'name')`;
  const rows = await db
    .selectDistinctOn([auditEvents.entityId], { id: auditEvents.entityId, name })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.organizationId, organizationId),
        eq(auditEvents.entityType, "vendor"),
        inArray(auditEvents.entityId, vendorIds),
        sql`${name} is not null`,
      ),
    )
    .orderBy(auditEvents.entityId, desc(auditEvents.at));
  return rows.flatMap((r) => (r.name ? [[r.id, r.name] as const] : []));
}
