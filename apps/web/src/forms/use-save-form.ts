import type { FormErrors, UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { fieldExistsIn, serverFormErrors } from "./form-errors";

/**
 * The submit behaviour every Ward form shares: on a client-side failure focus the first field to fix; on a server
 * failure put each issue under its field and anything else in a summary above the form.
 */
export function useSaveForm<Values>(
  form: UseFormReturnType<Values>,
  save: (values: Values) => Promise<unknown>,
) {
  const [summary, setSummary] = useState<string | null>(null);

  const focusFirst = (errors: FormErrors) => {
    const first = Object.keys(errors)[0];
    if (first) form.getInputNode(first)?.focus();
  };

  const onSubmit = form.onSubmit(
    async (values) => {
      setSummary(null);
      try {
        await save(values);
      } catch (error) {
        const { fields, summary: text } = serverFormErrors(error, fieldExistsIn(values));
        form.setErrors(fields);
        setSummary(text);
        focusFirst(fields);
      }
    },
    (errors) => focusFirst(errors),
  );

  return { onSubmit, summary, submitting: form.submitting };
}
