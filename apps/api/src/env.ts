import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { message: "Use true or false" })
  .transform((v) => v === "true" || v === "1");

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: "Must be a port number" })
    .int("Must be a whole number")
    .min(0, "Must be between 0 and 65535")
    .max(65535, "Must be between 0 and 65535")
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** A `postgres://` URL switches Ward from embedded PGlite to a PostgreSQL server. */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
      message: "Must be a postgres:// or postgresql:// URL, or unset for the embedded database",
    }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Folder of the embedded database's files. */
  WARD_DATA_DIR: z.string().min(1).default("./data"),
  /** Seed the demo organization and its vendors on first start. */
  WARD_DEMO: booleanFlag.default(true),
  /** Folder of the built web app; the default is the monorepo's apps/web/dist. */
  WARD_WEB_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/**
 * Reads and checks the configuration once, at start-up. This is the only place the API reads process.env;
 * a bad value stops the start with a message that names the variable.
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
}
