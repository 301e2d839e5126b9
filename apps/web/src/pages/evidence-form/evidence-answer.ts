import type { EvidenceCatalogueEntry, EvidenceDto } from "@ward/contracts";

/** The answer control's value for "a number", beside the fact's own choices. */
export const NUMBER_ANSWER = "number";

/** A choice's value as a radio value: `true`, `false`, `partial`, `never`, `unknown`. */
export const choiceKey = (value: boolean | number | string) => String(value).trim().toLowerCase();

/** Shares travel as 0..1 and are typed as percentages, which is how people say them. */
export const isShare = (entry: EvidenceCatalogueEntry) => entry.number?.unit === "share";

/** The value to send for the picked answer, or undefined when the answer is incomplete. */
export function answerValue(
  entry: EvidenceCatalogueEntry,
  answer: string | null,
  amount: number | string,
): boolean | number | string | undefined {
  if (answer === NUMBER_ANSWER) {
    if (typeof amount !== "number") return undefined;
    return isShare(entry) ? amount / 100 : amount;
  }
  return entry.choices.find((choice) => choiceKey(choice.value) === answer)?.value;
}

const textAnswers: Record<string, string> = { yes: "true", no: "false" };

/** The answer control and number input that show a stored value of this fact, for editing. */
export function answerFields(
  entry: EvidenceCatalogueEntry | undefined,
  value: EvidenceDto["value"],
): { value: string | null; amount: number | string } {
  if (!entry) return { value: null, amount: "" };
  const text = typeof value === "string" ? value.trim().toLowerCase() : null;
  const numeric =
    typeof value === "number" ? value : text !== null && /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
  if (numeric !== null && entry.number) {
    // The engine reads a coverage number above 1 as a percentage already.
    return { value: NUMBER_ANSWER, amount: isShare(entry) && numeric <= 1 ? round(numeric * 100) : numeric };
  }
  // The engine reads "yes" and "no" as true and false, and false or "no" as never for a number of days.
  const key =
    entry.valueKind === "days"
      ? value === false || text === "no"
        ? "never"
        : choiceKey(value)
      : choiceKey(text !== null ? (textAnswers[text] ?? text) : value);
  const known = entry.choices.some((choice) => choiceKey(choice.value) === key);
  return { value: known ? key : null, amount: "" };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** How a stored value reads in a table: the choice's words, a percentage or a number of days. */
export function describeAnswer(
  entry: EvidenceCatalogueEntry | undefined,
  value: EvidenceDto["value"],
): string {
  if (entry) {
    const { value: answer, amount } = answerFields(entry, value);
    if (answer === NUMBER_ANSWER && typeof amount === "number") {
      if (isShare(entry)) return `${amount}%`;
      return amount === 1 ? "1 day" : `${amount} days`;
    }
    const choice = entry.choices.find((c) => choiceKey(c.value) === answer);
    if (choice) return choice.label;
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}
