import { parseArgs } from "node:util";
import pino from "pino";
import { z } from "zod";
import { EnvError, loadEnv } from "./env";
import { generatePassword, provisionMember } from "./services/accounts";
import { ServiceError } from "./services/errors";
import { findOrCreateOrganization } from "./services/organizations";
import { openDatabase, openWard } from "./start";

const usage = `Usage: npm run ward -- <command> [options]

Commands:
  migrate                 Apply database migrations, then exit.
  create-admin --email <address> --org <organization name> [--name <full name>]
                          Create the organization (if no organization has that name, ignoring case) and an
                          admin account in it. A password is generated and printed once. Use this when
                          WARD_DEMO=false.
  help                    Show this text.

The database is chosen as for the server: DATABASE_URL, or the embedded database in WARD_DATA_DIR. The
embedded database belongs to one process at a time: stop the server before running a command on it.`;

const createAdminArgs = z.object({
  email: z.email("--email must be an email address").trim().toLowerCase(),
  org: z.string("--org is required").trim().min(2, "--org must name the organization").max(200),
  name: z.string().trim().min(1).max(200).optional(),
});

async function createAdmin(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: "string" }, org: { type: "string" }, name: { type: "string" } },
  });
  const parsed = createAdminArgs.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => i.message).join("\n"));
    return 1;
  }
  const { email, org, name } = parsed.data;
  const log = pino({ level: "warn" });
  const ward = await openWard(loadEnv(), log);
  try {
    const { organization } = await findOrCreateOrganization(ward.handle.db, org, ward.clock.now());
    const password = generatePassword();
    const result = await provisionMember(
      { db: ward.handle.db, auth: ward.auth, clock: ward.clock, log },
      {
        organizationId: organization.id,
        email,
        name: name ?? email,
        password,
        role: "admin",
        by: "ward create-admin",
      },
    );
    if (!result.createdUser) {
      console.log(
        `${email} already has an account; ${result.createdMember ? "it is now an admin of" : "it was already a member of"} ${organization.name}.`,
      );
    } else {
      console.log(`Admin ${email} created in ${organization.name}. Password (shown only now): ${password}`);
    }
    return 0;
  } finally {
    await ward.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help") {
    console.log(usage);
    return command ? 0 : 1;
  }
  if (command === "migrate") {
    const handle = await openDatabase(loadEnv());
    console.log(`Database (${handle.kind}) is up to date.`);
    await handle.close();
    return 0;
  }
  if (command === "create-admin") return createAdmin(rest);
  console.error(`Unknown command "${command}".\n\n${usage}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof EnvError || error instanceof ServiceError;
    console.error(known ? (error as Error).message : `ward: ${(error as Error).message}`);
    process.exit(1);
  },
);
