import { notifications } from "@mantine/notifications";
import { act, renderHook, screen } from "@testing-library/react";
import type { VendorScoreResponse } from "@ward/contracts";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { Providers } from "../../app/providers";
import { createQueryClient } from "../../app/query-client";
import { errorResponse, json, stubFetch } from "../../test/fetch-stub";
import { oracleHealth } from "../../test/fixtures";
import { oracleScore } from "../../test/risk-fixtures";
import { useScoreChangeNotice } from "./use-score-change-notice";

afterEach(() => notifications.clean());

const withOverall = (score: number, tier: VendorScoreResponse["score"]["overall"]["tier"]) => ({
  ...oracleScore,
  score: { ...oracleScore.score, overall: { ...oracleScore.score.overall, score, tier } },
});

function renderNotice() {
  const queryClient = createQueryClient({ retry: false });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Providers queryClient={queryClient}>{children}</Providers>
  );
  return renderHook(() => useScoreChangeNotice(oracleHealth.id), { wrapper });
}

describe("useScoreChangeNotice", () => {
  it("shows the score before the change and the score the API stored with it", async () => {
    let changed = false;
    stubFetch(() => json(changed ? withOverall(93, "critical") : withOverall(96.8, "critical")));
    const { result } = renderNotice();

    let returned: string | undefined;
    await act(async () => {
      returned = await result.current("Incident deleted", async () => {
        changed = true;
        return "done";
      });
    });

    expect(returned).toBe("done");
    expect(await screen.findByText("Incident deleted")).toBeInTheDocument();
    expect(screen.getByText("Overall 96.8 → 93.0, Critical")).toBeInTheDocument();
  });

  it("shows no message when the change fails, and passes the failure on", async () => {
    stubFetch(() => json(withOverall(96.8, "critical")));
    const { result } = renderNotice();

    await expect(
      act(() =>
        result.current("Product added", async () => {
          throw new Error("refused");
        }),
      ),
    ).rejects.toThrow("refused");
    expect(screen.queryByText("Product added")).not.toBeInTheDocument();
  });

  it("reports the first score of a vendor that had none", async () => {
    let changed = false;
    stubFetch(() =>
      changed ? json(withOverall(40, "moderate")) : errorResponse(404, "NOT_FOUND", "Score not found"),
    );
    const { result } = renderNotice();

    await act(() =>
      result.current("Product added", async () => {
        changed = true;
      }),
    );
    expect(await screen.findByText("Overall score now 40.0, Moderate")).toBeInTheDocument();
  });
});
