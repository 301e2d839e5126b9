import { z } from "zod";

export const healthResponse = z.object({
  status: z.enum(["ok"]),
  database: z.enum(["pglite", "postgres"]),
  version: z.string(),
  /** Demo data and the demo accounts are on. */
  demo: z.boolean(),
  migrations: z.object({
    /** Number of migrations applied to the database. */
    applied: z.number().int().nonnegative(),
    /** Tag of the newest applied migration, null on an empty database. */
    latest: z.string().nullable(),
  }),
});
export type HealthResponse = z.infer<typeof healthResponse>;
