import type { FormErrors } from "@mantine/form";
import type { FieldIssue } from "@ward/contracts";
import type { z } from "zod";
import { ApiError, describeError } from "../api/api-error";

/**
 * Plain words for the zod failures a person can cause in a form. Zod's own messages ("Too small: expected
 * string to have >=1 characters") are written for developers.
 */
function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? "Required" : issue.message;
    case "too_big":
      return issue.origin === "string" ? `Use at most ${issue.maximum} characters` : issue.message;
    case "invalid_value":
      return "Choose one of the options";
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "Required" : issue.message;
    case "invalid_format":
      if (issue.format === "url") return "Enter a web address starting with https://";
      if (issue.format === "date") return "Enter a date as YYYY-MM-DD";
      return issue.message;
    default:
      return issue.message;
  }
}

/** Mantine form errors keyed by the same dotted paths the server uses in `issues`. */
function toFormErrors(issues: readonly { path: string; message: string }[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    // The first message per field is the one to fix first.
    if (!(issue.path in errors)) errors[issue.path] = issue.message;
  }
  return errors;
}

/**
 * Validates form values against a contract schema after turning them into the request body, so the client
 * checks exactly what the server will check.
 */
export function schemaErrors<Input>(schema: z.ZodType, toInput: (values: Input) => unknown) {
  return (values: Input): FormErrors => {
    const result = schema.safeParse(toInput(values));
    if (result.success) return {};
    return toFormErrors(
      result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: messageFor(i) })),
    );
  };
}

export interface ServerFormErrors {
  /** Messages for fields the form shows, by dotted path. */
  fields: FormErrors;
  /** What to say above the form when the failure is not about one of its fields. */
  summary: string | null;
}

/** Splits a failed save into messages under the form's fields and one summary for everything else. */
export function serverFormErrors(error: unknown, fieldPaths: (path: string) => boolean): ServerFormErrors {
  if (!(error instanceof ApiError)) return { fields: {}, summary: describeError(error) };
  const shown: FieldIssue[] = error.issues.filter((i) => fieldPaths(i.path));
  const hidden = error.issues.filter((i) => !fieldPaths(i.path));
  const summary =
    shown.length === 0 || hidden.length > 0
      ? [describeError(error), ...hidden.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))].join(
          " ",
        )
      : null;
  return { fields: toFormErrors(shown), summary };
}

/** A predicate for `serverFormErrors`: does the form hold a field at this dotted path? */
export function fieldExistsIn(values: unknown) {
  return (path: string): boolean => {
    if (path === "") return false;
    let node: unknown = values;
    for (const key of path.split(".")) {
      if (node === null || typeof node !== "object" || !(key in node)) return false;
      node = (node as Record<string, unknown>)[key];
    }
    return true;
  };
}
