import { serve } from "@hono/node-server";
import pino from "pino";
import { createApp } from "./app";
import { EnvError, loadEnv } from "./env";
import { defaultWebDir, openWard, version } from "./start";

async function main() {
  const env = loadEnv();
  const log = pino({ level: env.LOG_LEVEL, base: { service: "ward-api" } });
  const { handle, organizationId, clock } = await openWard(env, log);
  const { app } = createApp({
    db: handle.db,
    database: handle.kind,
    organizationId,
    clock,
    log,
    version,
    webDir: env.WARD_WEB_DIR ?? defaultWebDir,
  });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    log.info({ port: info.port }, "listening");
    console.log(`Ward is running at http://localhost:${info.port} (database: ${handle.kind})`);
  });
  const stop = (signal: string) => {
    log.info({ signal }, "shutting down");
    server.close(() => {
      handle.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else console.error(`Ward could not start: ${(error as Error).message}`);
  process.exit(1);
});
