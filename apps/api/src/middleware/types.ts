import type { Logger } from "pino";
import type { ServiceContext } from "../services/context";

/** The signed-in person, when the request carries a session. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean;
}

/** Variables every request carries through the middleware chain. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The client's address, see middleware/client-ip.ts. */
    clientIp: string | null;
    log: Logger;
    /** Set for every authenticated route. */
    ctx: ServiceContext;
    /** Set when the request has a session (not for API keys). */
    user: SessionUser | undefined;
    organization: { id: string; name: string; slug: string; requireMfa: boolean } | undefined;
  };
}
