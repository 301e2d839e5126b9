import { Skeleton, Text } from "@mantine/core";
import type { VendorFacets } from "@ward/contracts";

/**
 * "2 critical, 6 high of 10 vendors; 3 unassessed": the sentence a board member reads first, from the whole
 * portfolio. Unassessed vendors are named, so "none at high risk" cannot hide vendors nobody has looked at.
 */
export function portfolioHeadline(facets: VendorFacets): string | null {
  const { critical, high, moderate, low, unscored } = facets.riskTier;
  const unassessed = facets.riskTier.unassessed ?? 0;
  const total = critical + high + moderate + low + unassessed + unscored;
  if (total === 0) return null;
  const of = `of ${total} ${total === 1 ? "vendor" : "vendors"}`;
  const open = unassessed > 0 ? `; ${unassessed} unassessed` : "";
  if (critical + high === 0) return `None at high or critical risk ${of}${open}`;
  const parts = [critical > 0 ? `${critical} critical` : null, high > 0 ? `${high} high` : null].filter(
    Boolean,
  );
  return `${parts.join(", ")} ${of}${open}`;
}

export function PortfolioHeadline({ facets }: { facets: VendorFacets | undefined }) {
  if (!facets) return <Skeleton height={28} width={260} aria-hidden />;
  const headline = portfolioHeadline(facets);
  if (!headline) return null;
  return (
    <Text fz="xl" fw={700} aria-live="polite" data-testid="portfolio-headline">
      {headline}
    </Text>
  );
}
