import { screen, within } from "@testing-library/react";
import type { IncidentDateDto, IncidentSourceDto } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render";
import { IncidentTimeline, timelineMoments } from "./incident-timeline";

const bleeping: IncidentSourceDto = {
  id: "11111111-1111-4111-8111-111111111111",
  url: "https://www.bleepingcomputer.com/news/security/oracle-health-breach/",
  title: "Oracle Health breach compromises patient data at US hospitals",
  publisher: "BleepingComputer",
  publishedOn: "2025-03-28",
};
const hipaaTimes: IncidentSourceDto = {
  id: "22222222-2222-4222-8222-222222222222",
  url: "https://hipaatimes.com/oracle-health-data-breach",
  title: "Oracle health data breach exposes sensitive information of 13,633 patients",
  publisher: "HIPAA Times",
  publishedOn: null,
};

let nextId = 0;
function claim(
  kind: IncidentDateDto["kind"],
  date: string,
  source: IncidentSourceDto | null,
  qualifier: IncidentDateDto["qualifier"] = "exact",
): IncidentDateDto {
  nextId += 1;
  return {
    id: `00000000-0000-4000-8000-${String(nextId).padStart(12, "0")}`,
    kind,
    date,
    qualifier,
    note: null,
    sourceId: source?.id ?? null,
  };
}

const sources = [bleeping, hipaaTimes];

describe("IncidentTimeline", () => {
  it("shows both disagreeing discovery dates, each with its own source link", () => {
    const dates = [
      claim("intrusion_start", "2025-01-22", bleeping, "on_or_after"),
      claim("vendor_discovery", "2025-02-20", bleeping, "on_or_around"),
      claim("vendor_discovery", "2025-02-26", hipaaTimes),
    ];
    renderWithProviders(<IncidentTimeline incident={{ dates, sources }} />);

    expect(screen.getByText("Intrusion began")).toBeInTheDocument();
    expect(screen.getByText("on or after 22 Jan 2025")).toBeInTheDocument();
    expect(screen.getAllByText("Vendor discovered")).toHaveLength(1);
    expect(screen.getAllByText("Sources disagree")).toHaveLength(1);

    const earlier = screen.getByText("on or around 20 Feb 2025").closest("p");
    const later = screen.getByText("26 Feb 2025").closest("p");
    if (!earlier || !later) throw new Error("each date sits in its own line");
    const earlierLink = within(earlier).getByRole("link", { name: bleeping.title });
    const laterLink = within(later).getByRole("link", { name: hipaaTimes.title });
    expect(earlierLink).toHaveAttribute("href", bleeping.url);
    expect(laterLink).toHaveAttribute("href", hipaaTimes.url);
    for (const link of [earlierLink, laterLink]) {
      expect(link).toHaveAttribute("target", "_blank");
      expect(link).toHaveAttribute("rel", "noreferrer");
    }
  });

  it("says a date has no source rather than leaving it unattributed", () => {
    renderWithProviders(
      <IncidentTimeline incident={{ dates: [claim("public_disclosure", "2025-03-28", null)], sources }} />,
    );
    expect(screen.getByText("Made public")).toBeInTheDocument();
    expect(screen.getByText("no source given")).toBeInTheDocument();
  });
});

describe("timelineMoments", () => {
  it("does not flag two sources that agree on the same date", () => {
    const moments = timelineMoments({
      sources,
      dates: [
        claim("customer_notice", "2025-03-05", bleeping),
        claim("customer_notice", "2025-03-05", hipaaTimes),
      ],
    });
    expect(moments).toHaveLength(1);
    expect(moments[0]?.claims).toHaveLength(2);
    expect(moments[0]?.sourcesDisagree).toBe(false);
  });

  it("orders moments as they happen, whatever order the dates arrive in", () => {
    const moments = timelineMoments({
      sources,
      dates: [
        claim("regulator_filing", "2025-06-17", null),
        claim("intrusion_start", "2025-01-22", null),
        claim("customer_notice", "2025-03-05", null),
      ],
    });
    expect(moments.map((m) => m.kind)).toEqual(["intrusion_start", "customer_notice", "regulator_filing"]);
  });
});
