import { Anchor, Box, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { useLocation } from "react-router";

/** The vendor page's sections in page order; each id is the anchor a link or bookmark can point at. */
export const vendorSections = [
  { id: "risk", label: "Risk" },
  { id: "products", label: "Products" },
  { id: "data-holdings", label: "Data holdings" },
  { id: "incidents", label: "Incidents" },
  { id: "evidence", label: "Evidence" },
  { id: "history", label: "History" },
  { id: "profile", label: "Profile" },
] as const;

export type VendorSectionId = (typeof vendorSections)[number]["id"];

/** Room for the app header and this bar, so a section scrolled to is not hidden beneath them. */
export const SCROLL_MARGIN = 112;

/** A section's landing point for the links above. */
export function SectionAnchor({ id, children }: { id: VendorSectionId; children: ReactNode }) {
  return (
    <Box id={id} style={{ scrollMarginTop: SCROLL_MARGIN }}>
      {children}
    </Box>
  );
}

/**
 * Links to each section, kept in view below the app header. Plain links rather than tabs: every record stays on
 * the page, so a score's "See the evidence" link, find-in-page and printing reach it, and each link is a URL
 * (`#evidence`) that can be shared.
 */
export function VendorSectionNav() {
  const { hash } = useLocation();
  return (
    <Box
      component="nav"
      aria-label="Sections of this page"
      pos="sticky"
      top="var(--app-shell-header-offset, 56px)"
      py={6}
      bg="var(--mantine-color-body)"
      style={{ zIndex: 2, borderBottom: "1px solid var(--mantine-color-default-border)" }}
    >
      {/* Wraps on a phone rather than scroll sideways, so no section link is out of sight. */}
      <Group component="ul" gap="lg" wrap="wrap" m={0} p={0} style={{ listStyle: "none", rowGap: 4 }}>
        {vendorSections.map((section) => (
          <li key={section.id}>
            <Anchor
              href={`#${section.id}`}
              size="sm"
              fw={600}
              underline={hash === `#${section.id}` ? "always" : "hover"}
              aria-current={hash === `#${section.id}` ? "location" : undefined}
              style={{ whiteSpace: "nowrap" }}
            >
              {section.label}
            </Anchor>
          </li>
        ))}
      </Group>
    </Box>
  );
}
