/**
 * What may be logged of a failed database query. Drizzle's error carries the query's parameters, and so does its
 * message; PostgreSQL's own message, detail and hint quote values too (`invalid input syntax for type integer:
 * "Jane Doe"`). Those are a hospital's data, so a log keeps only the SQL text (placeholders, no values) and the
 * fields that describe the failure by name: the SQLSTATE code, the constraint, the table and column.
 */
export interface DatabaseErrorLog {
  type: string;
  /** The SQL text with `$1`-style placeholders, never the values. */
  sql: string | undefined;
  /** SQLSTATE, e.g. `23505` for a unique violation. */
  code: string | undefined;
  severity: string | undefined;
  routine: string | undefined;
  schema: string | undefined;
  table: string | undefined;
  column: string | undefined;
  constraint: string | undefined;
  dataType: string | undefined;
  /** The stack without the message lines, which quote the parameters. */
  stack: string | undefined;
}

type Fields = Record<string, unknown>;

const SQLSTATE = /^[0-9A-Z]{5}$/;
const isObject = (value: unknown): value is Fields => typeof value === "object" && value !== null;
const str = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

/** The database error inside `error` (drizzle wraps the driver's), or undefined when it is not one. */
function databaseCause(error: unknown): { wrapper: Fields; cause: Fields } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && isObject(current); depth++) {
    if (typeof current.code === "string" && SQLSTATE.test(current.code) && "severity" in current)
      return { wrapper: error as Fields, cause: current };
    current = current.cause;
  }
  if (isObject(error) && typeof error.query === "string" && "params" in error)
    return { wrapper: error, cause: isObject(error.cause) ? error.cause : {} };
  return undefined;
}

/** Only the `at …` frames: every line before them belongs to the message. */
function framesOnly(stack: unknown): string | undefined {
  if (typeof stack !== "string") return undefined;
  return stack
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
}

/** The loggable description of a database error, or undefined when `error` did not come from the database. */
export function databaseErrorLog(error: unknown): DatabaseErrorLog | undefined {
  const found = databaseCause(error);
  if (!found) return undefined;
  const { wrapper, cause } = found;
  return {
    type: (wrapper as { constructor?: { name?: string } }).constructor?.name ?? "DatabaseError",
    sql: str(wrapper.query) ?? str(cause.query),
    code: str(cause.code),
    severity: str(cause.severity),
    routine: str(cause.routine),
    schema: str(cause.schema),
    table: str(cause.table),
    column: str(cause.column),
    constraint: str(cause.constraint),
    dataType: str(cause.dataType),
    stack: framesOnly(wrapper.stack),
  };
}
