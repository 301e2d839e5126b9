import { Badge } from "@mantine/core";
import type { ScoreContributionDto } from "@ward/contracts";

type Basis = NonNullable<ScoreContributionDto["basis"]>;

export const basisLabels: Record<Basis, string> = {
  fact: "Fact",
  unverified: "Vendor's word",
  missing: "Missing",
};

const basisColors: Record<Basis, string> = { fact: "teal", unverified: "yellow", missing: "gray" };

const basisTitles: Record<Basis, string> = {
  fact: "Pinned down by recorded facts",
  unverified: "The vendor's own word, or an answer old enough to check again",
  missing: "Nobody has answered this yet; the points assume the worse answer in part",
};

/** What a reason rests on: a recorded fact, the vendor's word, or nothing yet. */
export function BasisBadge({ basis }: { basis: Basis }) {
  return (
    <Badge
      size="xs"
      variant={basis === "missing" ? "outline" : "light"}
      color={basisColors[basis]}
      c={`${basisColors[basis]}.9`}
      title={basisTitles[basis]}
      style={{ flexShrink: 0 }}
    >
      {basisLabels[basis]}
    </Badge>
  );
}
