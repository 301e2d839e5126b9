import type { ContributionSourceKind } from "@ward/scoring";

/** Record kinds that have a row or card of their own on the vendor page. */
export type AnchoredRecordKind = Extract<
  ContributionSourceKind,
  "evidence" | "incident" | "data_holding" | "product"
>;

const prefixes: Record<AnchoredRecordKind, string> = {
  evidence: "evidence",
  incident: "incident",
  data_holding: "data-holding",
  product: "product",
};

/** The element id of a record on the vendor page, e.g. `evidence-<id>`, so a score can point at its reasons. */
export function recordAnchorId(kind: AnchoredRecordKind, id: string): string {
  return `${prefixes[kind]}-${id}`;
}

export function isAnchoredKind(kind: ContributionSourceKind): kind is AnchoredRecordKind {
  return kind in prefixes;
}

/**
 * Scrolls to a record, moves keyboard focus there and flashes it, so the reader sees which row a contribution
 * came from. Returns false when the record is not on the page (deleted since the score, or still loading), so
 * the caller can let the browser follow the plain `#anchor` instead.
 */
export function revealRecord(anchorId: string): boolean {
  const target = document.getElementById(anchorId);
  if (!target) return false;
  target.scrollIntoView({ behavior: "smooth", block: "center" });
  // Table rows and cards are not focusable by default; -1 lets a script focus them without adding a tab stop.
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
  // jsdom has no Web Animations; the flash is a nicety, the focus is what matters.
  if (typeof target.animate === "function") {
    target.animate(
      [{ backgroundColor: "var(--mantine-color-yellow-1)" }, { backgroundColor: "transparent" }],
      { duration: 2000, easing: "ease-out" },
    );
  }
  return true;
}
