import type { Logger } from "pino";
import type { ServiceContext } from "../services/context";

/** Variables every request carries through the middleware chain. */
export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    ctx: ServiceContext;
  };
}
