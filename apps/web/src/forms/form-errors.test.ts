import { createIncidentInput } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error";
import { fieldExistsIn, schemaErrors, serverFormErrors } from "./form-errors";

const values = { name: "Oracle Health", sources: [{ url: "x", title: "t" }] };

describe("serverFormErrors", () => {
  it("puts issues for fields the form shows under those fields, with no summary", () => {
    const error = new ApiError(
      409,
      "CONFLICT",
      "Duplicate",
      [{ path: "name", message: "Already exists" }],
      "r1",
    );
    expect(serverFormErrors(error, fieldExistsIn(values))).toEqual({
      fields: { name: "Already exists" },
      summary: null,
    });
  });

  it("summarises issues about fields the form does not have, so none is lost", () => {
    const error = new ApiError(400, "VALIDATION_FAILED", "Invalid", [
      { path: "sources.0.url", message: "Invalid URL" },
      { path: "ownershipHistory.0.date", message: "Invalid date" },
    ]);
    const result = serverFormErrors(error, fieldExistsIn(values));
    expect(result.fields).toEqual({ "sources.0.url": "Invalid URL" });
    expect(result.summary).toBe("Invalid ownershipHistory.0.date: Invalid date");
  });

  it("summarises failures that are not API errors", () => {
    expect(serverFormErrors(new Error("boom"), () => true)).toEqual({
      fields: {},
      summary: "Something unexpected went wrong.",
    });
  });
});

describe("schemaErrors", () => {
  it("reports contract failures by the dotted paths of the request body, in plain words", () => {
    const validate = schemaErrors(createIncidentInput, (v: { url: string }) => ({
      title: "",
      entryRoute: "phishing",
      sources: [{ url: v.url, title: "A report" }],
    }));
    expect(validate({ url: "not a url" })).toEqual({
      title: "Required",
      "sources.0.url": "Enter a web address starting with https://",
    });
  });
});
