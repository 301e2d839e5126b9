import type { WardDb } from "@ward/db";
import type { Logger } from "drizzle-orm";

interface LoggedSession {
  logger: Logger;
  options: { logger?: Logger };
}

/**
 * Records every statement drizzle sends through `db`, including those of better-auth's adapter and of
 * transactions (a transaction's session copies the options, so the logger goes there too). On PostgreSQL a
 * transaction's `begin` and `commit` are statements of their own; PGlite opens and ends transactions itself.
 */
export function recordStatements(db: WardDb) {
  const session = (db as unknown as { session: LoggedSession }).session;
  const previous = { logQuery: session.logger.logQuery, options: session.options.logger };
  const statements: string[] = [];
  const logger: Logger = { logQuery: (query) => statements.push(query) };
  // The session's own logger object is patched rather than replaced: statements prepared once and reused
  // (the signed-in session, the facets) hold that object, not the session.
  session.logger.logQuery = logger.logQuery;
  session.options.logger = logger;
  return {
    statements,
    /** Forgets what was recorded so far. */
    clear: () => {
      statements.length = 0;
    },
    stop: () => {
      session.logger.logQuery = previous.logQuery;
      session.options.logger = previous.options;
    },
  };
}
