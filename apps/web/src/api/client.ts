import type { AppType } from "@ward/api";
import { hc } from "hono/client";

/** The typed API client; the only way the web talks to the server. Relative, so it works behind any host. */
export const api = hc<AppType>("/api");
