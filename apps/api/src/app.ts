import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DatabaseKind, MigrationLevel, WardDb } from "@ward/db";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { Logger } from "pino";
import { inWardEnvelope } from "./auth/auth-errors";
import { CLIENT_IP_HEADER, REQUEST_ID_HEADER, type WardAuth } from "./auth/better-auth";
import { limitRequestBody, noStore } from "./middleware/api-answers";
import { authenticate } from "./middleware/authenticate";
import { clientAddress } from "./middleware/client-ip";
import { errorResponse, handleError } from "./middleware/error-handler";
import { originCheck } from "./middleware/origin-check";
import { requestLog } from "./middleware/request-log";
import { mountWeb } from "./middleware/serve-web";
import { signInThrottle } from "./middleware/sign-in-throttle";
import type { TrustedProxies } from "./middleware/trusted-proxies";
import { apiDocsRouter } from "./routes/api-docs";
import { apiKeysRouter } from "./routes/api-keys";
import { auditEventsRouter } from "./routes/audit-events";
import { documentAuthentication } from "./routes/auth-docs";
import { evidenceCatalogueRouter } from "./routes/evidence-catalogue";
import { healthRouter } from "./routes/health";
import { invitationsRouter } from "./routes/invitations";
import { jobsRouter } from "./routes/jobs";
import { meRouter } from "./routes/me";
import { membersRouter } from "./routes/members";
import { organizationSettingsRouter } from "./routes/organization-settings";
import { outboxRouter } from "./routes/outbox";
import { createRouter } from "./routes/router";
import { scoresRouter } from "./routes/scores";
import {
  dataHoldingsRouter,
  evidenceRouter,
  incidentsRouter,
  productsRouter,
} from "./routes/vendor-children";
import { vendorsRouter } from "./routes/vendors";
import { whatIfScenariosRouter } from "./routes/what-if-scenarios";
import type { JobsControl } from "./services/background-jobs";
import type { Clock } from "./services/context";
import type { Mailer } from "./services/mail";

export interface AppDeps {
  db: WardDb;
  database: DatabaseKind;
  /** How far the schema is migrated, for the health check (`DbHandle.migrationLevel`). */
  migrationLevel: () => Promise<MigrationLevel>;
  /** Demo data is on; the sign-in page then names the demo accounts. */
  demo?: boolean;
  auth: WardAuth;
  mailer: Mailer;
  /** The background job runner, for the admin jobs page. */
  jobs: JobsControl;
  /** Where people reach Ward; the base of links in messages. */
  publicUrl: string;
  /** Origins allowed to send state-changing requests with a session, besides Ward's own. */
  trustedOrigins: string[];
  /** The proxies in front of Ward, whose X-Forwarded-For entries are believed (`WARD_TRUST_PROXY`). */
  trustProxy: TrustedProxies;
  clock: Clock;
  log: Logger;
  version: string;
  /** Folder of the built web app to serve at `/`; without it only the API is served. */
  webDir?: string | undefined;
}

/** Largest JSON body Ward accepts; the biggest legitimate body, an incident with its sources, is far smaller. */
export const MAX_BODY_BYTES = 1024 * 1024;

const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Mantine writes its theme variables into style elements at run time.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Ward uses none of these browser features; a script injected despite the CSP gets none of them either. */
const permissionsPolicy = {
  accelerometer: false,
  camera: false,
  geolocation: false,
  gyroscope: false,
  magnetometer: false,
  microphone: false,
  payment: false,
  usb: false,
};

function apiRoutes(deps: AppDeps) {
  return createRouter()
    .route("/health", healthRouter(deps))
    .route("/me", meRouter)
    .route("/members", membersRouter)
    .route("/invitations", invitationsRouter(deps))
    .route("/api-keys", apiKeysRouter)
    .route("/organization", organizationSettingsRouter)
    .route("/audit-events", auditEventsRouter)
    .route("/outbox", outboxRouter)
    .route("/jobs", jobsRouter(deps))
    .route("/evidence-catalogue", evidenceCatalogueRouter)
    .route("/vendors", vendorsRouter)
    .route("/vendors/:id/products", productsRouter)
    .route("/vendors/:id/data-holdings", dataHoldingsRouter)
    .route("/vendors/:id/incidents", incidentsRouter)
    .route("/vendors/:id/evidence", evidenceRouter)
    .route("/vendors/:id/scenarios", whatIfScenariosRouter)
    .route("/vendors/:id", scoresRouter);
}

export type ApiRoutes = ReturnType<typeof apiRoutes>;

/** Builds the whole HTTP application: the API under /api and, when built, the web app at /. */
export function createApp(deps: AppDeps) {
  const app = createRouter();
  app.use(
    "*",
    requestId(),
    clientAddress(deps.trustProxy),
    requestLog(deps.log),
    secureHeaders({ contentSecurityPolicy, permissionsPolicy }),
  );
  app.use(
    "/api/*",
    noStore,
    limitRequestBody(MAX_BODY_BYTES, (c) =>
      errorResponse(c, "PAYLOAD_TOO_LARGE", `The request body is larger than ${MAX_BODY_BYTES} bytes`),
    ),
    originCheck({
      trustedOrigins: [new URL(deps.publicUrl).origin, ...deps.trustedOrigins],
      trustProxy: deps.trustProxy,
    }),
    authenticate(deps),
  );
  app.use("/api/auth/*", signInThrottle(deps));
  app.on(["GET", "POST"], "/api/auth/*", async (c) => {
    const headers = new Headers(c.req.raw.headers);
    headers.delete(CLIENT_IP_HEADER);
    headers.set(REQUEST_ID_HEADER, c.get("requestId"));
    const ip = c.get("clientIp");
    if (ip) headers.set(CLIENT_IP_HEADER, ip);
    return inWardEnvelope(c, await deps.auth.handler(new Request(c.req.raw, { headers })));
  });
  const api = apiRoutes(deps);
  app.route("/api", api);
  documentAuthentication(app.openAPIRegistry, deps.publicUrl);
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Ward API",
      version: deps.version,
      description:
        "Vendor risk for hospitals: vendors, products, data holdings, incidents and evidence. Authenticate with the " +
        "session cookie from /api/auth/sign-in/email or with `Authorization: Bearer ward_…` (an API key).",
    },
  });
  app.route("/api/docs", apiDocsRouter);
  app.all("/api/*", (c) => errorResponse(c, "NOT_FOUND", `No API route ${c.req.method} ${c.req.path}`));
  if (deps.webDir && existsSync(join(deps.webDir, "index.html"))) mountWeb(app, deps.webDir);
  app.notFound((c) => errorResponse(c, "NOT_FOUND", "Not found"));
  app.onError(handleError);
  return { app, api };
}
