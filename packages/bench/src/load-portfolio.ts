import { createDb, type DbHandle, deleteOrganization, seedDemo } from "@ward/db";
import { seedGeneratedPortfolio } from "@ward/db/generated-portfolio";
import { METHODOLOGY_VERSION } from "@ward/scoring";

/** What the load needs to know about the prepared database, read before Ward starts on it. */
export interface PreparedPortfolio {
  /** Vendors in the demo organization, generated and demo ones together. */
  vendors: number;
  /** The demo vendor whose score is requested: the one with the most incidents, the richest explanation. */
  scoreVendorId: string;
  /** Generated vendors the PATCH load edits in turn. */
  patchVendorIds: string[];
  /** How many vendors the search term matches. */
  searchMatches: number;
}

const rows = async <T>(handle: DbHandle, text: string, values: unknown[] = []) =>
  (await handle.executeSql(text, values)).rows as T[];

/**
 * Migrates the database, seeds the demo organization (its accounts are created by Ward at start, as on any first
 * start) and moves `generated` generated vendors, with their incidents, into it, then closes the database.
 * `seedGeneratedPortfolio` makes an organization of its own; its vendors are moved rather than copied so they
 * keep the generator's names, scores and incident counts. Their generated scores are marked as the current
 * methodology's, so Ward does not queue 5,000 rescoring jobs at start; the demo vendors are scored as usual.
 */
export async function preparePortfolio(
  open: () => Promise<DbHandle>,
  generated: number,
  options: { patchVendors: number; searchTerm: string },
): Promise<PreparedPortfolio> {
  const handle = await open();
  try {
    const { organizationId } = await seedDemo(handle.db, { now: new Date() });
    const [richest] = await rows<{ id: string }>(
      handle,
      `select v.id from vendor v
       where v.organization_id = $1
       order by (select count(*) from incident i where i.vendor_id = v.id) desc, v.name
       limit 1`,
      [organizationId],
    );
    if (!richest) throw new Error("the demo organization has no vendors");
    const generatedOrg = await seedGeneratedPortfolio(handle.db, generated);
    // Marked as scored with the current methodology: otherwise Ward rescores all of them in the background at
    // start, and the load would measure that instead (see the section's text).
    await handle.executeSql(
      "update vendor set organization_id = $1, risk_methodology = $3 where organization_id = $2",
      [organizationId, generatedOrg, METHODOLOGY_VERSION],
    );
    await handle.executeSql("update incident set organization_id = $1 where organization_id = $2", [
      organizationId,
      generatedOrg,
    ]);
    await deleteOrganization(handle.db, generatedOrg);
    if (handle.kind === "postgres") await handle.executeSql("analyze");
    const patch = await rows<{ id: string }>(
      handle,
      `select id from vendor where organization_id = $1 and seed_key is null order by id limit $2`,
      [organizationId, options.patchVendors],
    );
    const [count] = await rows<{ n: number | string }>(
      handle,
      "select count(*) as n from vendor where organization_id = $1",
      [organizationId],
    );
    const [matches] = await rows<{ n: number | string }>(
      handle,
      `select count(*) as n from vendor
       where organization_id = $1 and exists (
         select 1 from unnest(array[name] || aliases || former_names) as t(text) where t.text ilike $2)`,
      [organizationId, `%${options.searchTerm}%`],
    );
    return {
      vendors: Number(count?.n),
      scoreVendorId: richest.id,
      patchVendorIds: patch.map((r) => r.id),
      searchMatches: Number(matches?.n),
    };
  } finally {
    await handle.close();
  }
}

/** Opens `createDb` on a fresh PostgreSQL database `name`, dropped and created again on the server of `adminUrl`. */
export async function freshPostgres(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const admin = await createDb({ databaseUrl: adminUrl, dataDir: "" });
  try {
    await admin.executeSql(`drop database if exists ${name} with (force)`);
    await admin.executeSql(`create database ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
