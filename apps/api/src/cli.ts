import pino from "pino";
import { EnvError, loadEnv } from "./env";
import { openWard } from "./start";

const usage = `Usage: npm run ward -- <command>

Commands:
  migrate   Apply database migrations (and the demo seed unless WARD_DEMO=false), then exit.
  help      Show this text.

The database is chosen as for the server: DATABASE_URL, or the embedded database in WARD_DATA_DIR.`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (!command || command === "help" || command === "--help") {
    console.log(usage);
    return command ? 0 : 1;
  }
  if (command === "migrate") {
    const env = loadEnv();
    const { handle } = await openWard(env, pino({ level: "warn" }));
    console.log(`Database (${handle.kind}) is up to date.`);
    await handle.close();
    return 0;
  }
  console.error(`Unknown command "${command}".\n\n${usage}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EnvError ? error.message : `ward: ${(error as Error).message}`);
    process.exit(1);
  },
);
