import { sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { insertAuditEvent } from "../queries/audit";
import { insertIncident, replaceIncidentChildren } from "../queries/incidents";
import {
  findOrganizationByName,
  findOrganizationBySlug,
  insertOrganization,
  type OrganizationRow,
  setDemoSeedVersion,
} from "../queries/organizations";
import { dataHoldingQueries, evidenceQueries, productQueries } from "../queries/vendor-children";
import { findVendorByName, findVendorBySeedKey, insertVendor } from "../queries/vendors";
import { type ParsedDemoVendor, parseDemoPortfolio } from "./demo-vendor";
import { DEMO_VENDORS } from "./demo-vendors";

export const DEMO_ORGANIZATION = {
  name: "Example Regional Health",
  slug: "example-regional-health",
} as const;

/**
 * Version of the demo content. Raise it when vendors are added; organizations below it get the new vendors
 * (matched by seed key), organizations at or above it are left alone.
 */
export const DEMO_SEED_VERSION = 1;

/** Arbitrary constant shared by every Ward process so only one of them seeds at a time (next to the migration lock). */
const DEMO_SEED_LOCK_KEY = 7_345_002;

export interface SeedDemoOptions {
  /** Timestamp written on every seeded row and audit event. */
  now: Date;
  /** Organization to seed; tests pass a unique slug because PostgreSQL is shared between test files. */
  organization?: { name: string; slug: string };
}

export interface SeedDemoResult {
  organizationId: string;
  /** True when this call applied the demo content; false when the organization already had this version. */
  seeded: boolean;
}

/**
 * Creates the demo organization if needed and fills it with the demo vendor portfolio, once.
 *
 * Safe to call on every start and from several processes at once: a transaction-scoped advisory lock lets one
 * caller seed while the others wait, and the organization's `demoSeedVersion` tells later callers the work is
 * done. Once the version is recorded, seeding never touches the organization again, so a user's edits stay and
 * vendors a user deleted do not come back. Seed content is validated with the contract schemas before anything
 * is written, so bad content fails start-up loudly.
 */
export async function seedDemo(db: WardDb, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const portfolio = parseDemoPortfolio(DEMO_VENDORS);
  const target = options.organization ?? DEMO_ORGANIZATION;
  const { now } = options;
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as WardDb;
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK_KEY})`);
    const organization =
      (await findOrganizationBySlug(tx, target.slug)) ?? (await createOrganization(tx, target, now));
    if ((organization.demoSeedVersion ?? 0) >= DEMO_SEED_VERSION) {
      return { organizationId: organization.id, seeded: false };
    }
    for (const entry of portfolio) await seedVendor(tx, organization.id, entry, now);
    await setDemoSeedVersion(tx, organization.id, DEMO_SEED_VERSION);
    return { organizationId: organization.id, seeded: true };
  });
}

async function createOrganization(
  db: WardDb,
  target: { name: string; slug: string },
  now: Date,
): Promise<OrganizationRow> {
  // Names are unique per instance; an organization renamed to the demo's name keeps it, and start-up says why.
  const named = await findOrganizationByName(db, target.name);
  if (named) {
    throw new Error(
      `Cannot create the demo organization: "${named.name}" (address "${named.slug}") already has its name. ` +
        "Rename that organization, or set WARD_DEMO=false.",
    );
  }
  return insertOrganization(db, { name: target.name, slug: target.slug, createdAt: now });
}

async function seedVendor(
  db: WardDb,
  organizationId: string,
  entry: ParsedDemoVendor,
  now: Date,
): Promise<void> {
  // A vendor the organization already has, under the seed key or the same name, belongs to its users now:
  // seeding neither overwrites it nor trips the unique-name index with a second copy.
  if (await findVendorBySeedKey(db, organizationId, entry.seedKey)) return;
  if (await findVendorByName(db, organizationId, entry.vendor.name)) return;

  const stamps = { organizationId, createdAt: now, updatedAt: now };
  const vendor = await insertVendor(db, { ...entry.vendor, ...stamps, seedKey: entry.seedKey });
  const owned = { ...stamps, vendorId: vendor.id };

  const productIds = new Map<string, string>();
  for (const product of entry.products) {
    const row = await productQueries.insert(db, { ...product, ...owned, isDemo: true });
    productIds.set(row.name, row.id);
  }
  for (const { product, input } of entry.holdings) {
    const productId = product === null ? null : (productIds.get(product) ?? null);
    await dataHoldingQueries.insert(db, { ...input, ...owned, productId, isDemo: true });
  }
  // Incidents are public facts with their sources, so they are not badged as demo.
  for (const { sources, dates, consequences, ...fields } of entry.incidents) {
    const incident = await insertIncident(db, { ...fields, ...owned, isDemo: false });
    await replaceIncidentChildren(db, organizationId, incident.id, { sources, dates, consequences });
  }
  for (const { isDemo, input } of entry.evidence) {
    await evidenceQueries.insert(db, { ...input, ...owned, isDemo });
  }

  await insertAuditEvent(db, {
    organizationId,
    actorType: "system",
    actorLabel: "demo seed",
    action: "vendor.seed",
    entityType: "vendor",
    entityId: vendor.id,
    after: {
      name: vendor.name,
      seedKey: entry.seedKey,
      seedVersion: DEMO_SEED_VERSION,
      products: entry.products.length,
      dataHoldings: entry.holdings.length,
      incidents: entry.incidents.length,
      evidence: entry.evidence.length,
    },
    at: now,
  });
}
