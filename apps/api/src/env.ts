import cronParser from "cron-parser";
import { z } from "zod";
import { parseTrustedProxies } from "./middleware/trusted-proxies";

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { message: "Use true or false" })
  .transform((v) => v === "true" || v === "1");

function isCron(expression: string): boolean {
  try {
    cronParser.parseExpression(expression, { tz: "UTC" });
    return true;
  } catch {
    return false;
  }
}

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
  /** The address people reach Ward at. Decides Secure cookies, the trusted origin and links in messages. */
  WARD_PUBLIC_URL: z.url({ protocol: /^https?$/, message: "Must be an http:// or https:// URL" }).optional(),
  /** Further origins allowed to send requests with a session, comma-separated (the web dev server). */
  WARD_TRUSTED_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ message: "Each origin must be a URL such as http://localhost:5173" }))),
  /** Signs session cookies. Unset, Ward generates one and keeps it in the database for every instance to share. */
  WARD_AUTH_SECRET: z.string().min(32, "Must be at least 32 characters").optional(),
  /**
   * The proxies in front of Ward: a number of hops, or their addresses/CIDR networks, comma-separated. Client
   * addresses are then read from X-Forwarded-For past those hops. `true` means one hop; unset or `false`, none.
   */
  WARD_TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const parsed = parseTrustedProxies(value);
      if ("error" in parsed) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return parsed;
    }),
  WARD_SESSION_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  /** Password of the demo accounts; unset, one is generated and printed once when they are created. */
  WARD_DEMO_PASSWORD: z.string().min(12, "Must be at least 12 characters").optional(),
  /** `smtp://user:pass@host:587` or `smtps://…`; unset, messages wait in the outbox page instead. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, "Must be an smtp:// or smtps:// URL")
    .optional(),
  WARD_MAIL_FROM: z.string().min(3).default("Ward <ward@localhost>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Cron (UTC) of the daily rescoring job; unset, 03:00 every day. */
  WARD_RESCORE_CRON: z
    .string()
    .regex(/^\S+( \S+){4}$/, "Must be a five-field cron expression such as 0 3 * * *")
    .refine(isCron, "Must be a five-field cron expression such as 0 3 * * *")
    .optional(),
});

export type Env = z.infer<typeof envSchema> & { publicUrl: string };

/** Every variable Ward reads; the README's configuration table must list each (env.test.ts checks). */
export const envVariables = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

export class EnvError extends Error {
  override name = "EnvError";
}

/**
 * Reads and checks the configuration once, at start-up. This is the only place the API reads process.env;
 * a bad value stops the start with a message that names the variable.
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) {
    const publicUrl = (result.data.WARD_PUBLIC_URL ?? `http://localhost:${result.data.PORT}`).replace(
      /\/+$/,
      "",
    );
    return { ...result.data, publicUrl };
  }
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
}
