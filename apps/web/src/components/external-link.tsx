import { Anchor } from "@mantine/core";
import type { ReactNode } from "react";

/** A link to a public source outside Ward; opens in a new tab without telling the site where the reader came from. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Anchor href={href} target="_blank" rel="noreferrer">
      {children}
    </Anchor>
  );
}
