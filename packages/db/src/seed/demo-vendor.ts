import {
  type CreateDataHoldingInput,
  type CreateEvidenceInput,
  type CreateIncidentInput,
  type CreateProductInput,
  type CreateVendorInput,
  createDataHoldingInput,
  createEvidenceInput,
  createIncidentInput,
  createProductInput,
  createVendorInput,
  defaultAssurance,
  type EvidenceAssurance,
} from "@ward/contracts";
import type { z } from "zod";

/**
 * A holding at the vendor. Holdings are always demo rows: the hospital and what it keeps where are made up.
 * `product` names one of the vendor's seeded products, resolved to its id when seeding.
 */
export type DemoHolding = Omit<CreateDataHoldingInput, "productId"> & { product?: string };

/** A fact about the vendor. Public facts (`isDemo: false`) must name their source. */
export type DemoEvidence = CreateEvidenceInput & { isDemo: boolean };

/**
 * One vendor of the demo portfolio as typed seed content. Products and holdings describe the made-up
 * hospital's use of the vendor and are seeded as demo rows; incidents are public facts with their sources.
 */
export interface DemoVendor {
  /** Stable key so seeding again finds the vendor instead of adding a copy. */
  seedKey: string;
  vendor: CreateVendorInput;
  products: CreateProductInput[];
  holdings: DemoHolding[];
  incidents: CreateIncidentInput[];
  evidence: DemoEvidence[];
}

/** A demo vendor after the contract schemas have filled defaults and checked every field. */
export interface ParsedDemoVendor {
  seedKey: string;
  vendor: z.output<typeof createVendorInput>;
  products: z.output<typeof createProductInput>[];
  holdings: { product: string | null; input: z.output<typeof createDataHoldingInput> }[];
  incidents: z.output<typeof createIncidentInput>[];
  /** Evidence with its assurance settled: what the entry says, else what its origin can vouch for. */
  evidence: {
    isDemo: boolean;
    input: z.output<typeof createEvidenceInput> & { assurance: EvidenceAssurance };
  }[];
}

/** Seed content that breaks a rule; the message names the vendor and the entry so it can be fixed quickly. */
export class DemoSeedContentError extends Error {
  override name = "DemoSeedContentError";
}

function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new DemoSeedContentError(`${where}: ${issues}`);
  }
  return result.data;
}

/**
 * Validates one vendor's seed content with the same contract schemas the API uses, plus the seed's own rules:
 * every incident cites at least one source, every incident date and consequence names the source that states it,
 * every public evidence row has a source URL, and holdings point only at products seeded with them.
 * Throws `DemoSeedContentError` so bad seed data stops start-up instead of landing in a hospital's portfolio.
 */
export function parseDemoVendor(entry: DemoVendor): ParsedDemoVendor {
  const at = (part: string) => `demo vendor "${entry.seedKey}" ${part}`;
  const vendor = parseWith(createVendorInput, entry.vendor, at("vendor"));
  const products = entry.products.map((p, i) => parseWith(createProductInput, p, at(`products[${i}]`)));
  const productNames = new Set(products.map((p) => p.name));
  const holdings = entry.holdings.map(({ product, ...input }, i) => {
    if (product !== undefined && !productNames.has(product)) {
      throw new DemoSeedContentError(`${at(`holdings[${i}]`)}: no seeded product named "${product}"`);
    }
    return {
      product: product ?? null,
      input: parseWith(createDataHoldingInput, input, at(`holdings[${i}]`)),
    };
  });
  const incidents = entry.incidents.map((incident, i) => {
    const where = at(`incidents[${i}]`);
    const parsed = parseWith(createIncidentInput, incident, where);
    if (parsed.sources.length === 0) throw new DemoSeedContentError(`${where}: an incident needs a source`);
    const unsourced = [...parsed.dates, ...parsed.consequences].find((e) => e.source === null);
    if (unsourced) throw new DemoSeedContentError(`${where}: every date and consequence must cite a source`);
    return parsed;
  });
  const evidence = entry.evidence.map(({ isDemo, ...input }, i) => {
    const parsed = parseWith(createEvidenceInput, input, at(`evidence[${i}]`));
    if (!isDemo && parsed.sourceUrl === null) {
      throw new DemoSeedContentError(`${at(`evidence[${i}]`)}: a public fact needs a source URL`);
    }
    return { isDemo, input: { ...parsed, assurance: parsed.assurance ?? defaultAssurance(parsed.origin) } };
  });
  return { seedKey: entry.seedKey, vendor, products, holdings, incidents, evidence };
}

/** Parses the whole portfolio and checks that no two vendors share a seed key or a name. */
export function parseDemoPortfolio(entries: readonly DemoVendor[]): ParsedDemoVendor[] {
  const parsed = entries.map(parseDemoVendor);
  const seen = new Set<string>();
  for (const entry of parsed) {
    for (const key of [`key:${entry.seedKey}`, `name:${entry.vendor.name.toLowerCase()}`]) {
      if (seen.has(key)) throw new DemoSeedContentError(`demo vendor "${entry.seedKey}": duplicate ${key}`);
      seen.add(key);
    }
  }
  return parsed;
}
