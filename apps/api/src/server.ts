import { createServer, type RequestListener, type ServerOptions } from "node:http";
import { serve } from "@hono/node-server";
import pino from "pino";
import { createApp } from "./app";
import { inArrivalOrder } from "./arrival-order";
import { EnvError, loadEnv } from "./env";
import { defaultWebDir, openWard, prepareDemo, refreshScores, version } from "./start";

/**
 * Requests PGlite serves at once; the rest wait in arrival order. More than one, so a request waiting on something
 * other than the database (a password hash, a mail server) does not hold up everyone.
 */
const PGLITE_REQUEST_CONCURRENCY = 4;

async function main() {
  const env = loadEnv();
  const log = pino({ level: env.LOG_LEVEL, base: { service: "ward-api" } });
  const ward = await openWard(env, log);
  if (env.WARD_DEMO) await prepareDemo(ward, env, log);
  log.info({ database: ward.handle.kind, demo: env.WARD_DEMO }, "database ready");
  const { handle, auth, mailer, clock, jobs } = ward;
  const { app } = createApp({
    db: handle.db,
    database: handle.kind,
    migrationLevel: handle.migrationLevel,
    demo: env.WARD_DEMO,
    auth,
    mailer,
    jobs,
    publicUrl: env.publicUrl,
    trustedOrigins: env.WARD_TRUSTED_ORIGINS,
    trustProxy: env.WARD_TRUST_PROXY,
    clock,
    log,
    version,
    webDir: env.WARD_WEB_DIR ?? defaultWebDir,
  });
  // On PGlite requests wait their turn in arrival order (ADR 20); health and the web app's files skip the line.
  const createInOrder = (options: ServerOptions, listener: RequestListener) =>
    createServer(
      options,
      inArrivalOrder(listener, {
        concurrency: PGLITE_REQUEST_CONCURRENCY,
        bypass: (request) => !request.url?.startsWith("/api/") || request.url.startsWith("/api/health"),
        onError: (error) => log.error({ err: error }, "request failed outside the app"),
      }),
    );
  const inOrder = handle.kind === "pglite" ? (createInOrder as typeof createServer) : undefined;
  const server = serve(
    { fetch: app.fetch, port: env.PORT, hostname: env.HOST, createServer: inOrder },
    (info) => {
      log.info({ port: info.port }, "listening");
      const url = env.PORT === 0 ? `http://localhost:${info.port}` : env.publicUrl;
      console.log(`Ward is running at ${url} (database: ${handle.kind})`);
      // Rescoring runs as background jobs after the server answers; stale scores are served marked meanwhile.
      refreshScores(ward, log).catch((error: unknown) =>
        log.error({ err: error }, "could not queue rescoring"),
      );
    },
  );
  const stop = (signal: string) => {
    log.info({ signal }, "shutting down");
    server.close(() => {
      ward.close().then(
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
