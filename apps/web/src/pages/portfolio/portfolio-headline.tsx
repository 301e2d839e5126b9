import { Skeleton, Text } from "@mantine/core";
import type { VendorFacets } from "@ward/contracts";

/** "2 critical, 6 high of 10 vendors": the sentence a board member reads first, from the whole portfolio. */
export function portfolioHeadline(facets: VendorFacets): string | null {
  const { critical, high, moderate, low, unscored } = facets.riskTier;
  const total = critical + high + moderate + low + unscored;
  if (total === 0) return null;
  const of = `of ${total} ${total === 1 ? "vendor" : "vendors"}`;
  if (critical + high === 0) return `None at high or critical risk ${of}`;
  const parts = [critical > 0 ? `${critical} critical` : null, high > 0 ? `${high} high` : null].filter(
    Boolean,
  );
  return `${parts.join(", ")} ${of}`;
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
