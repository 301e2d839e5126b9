import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconFlask } from "@tabler/icons-react";
import { suggestWhatIfs, whatIf } from "@ward/scoring";
import { useMemo, useState } from "react";
import { formatScore } from "../../../labels/risk-labels";
import { SCROLL_MARGIN } from "../vendor-section-nav";
import { buildRiskProfile, type VendorRecords } from "./vendor-risk-profile";
import { changesFor, EMPTY_SELECTION, isEmptySelection, type WhatIfSelection } from "./what-if-changes";
import { WhatIfEvidence } from "./what-if-evidence";
import { WhatIfHoldingActions } from "./what-if-holding-actions";
import { WhatIfIncidentFacts } from "./what-if-incident-facts";
import { marginalEffect, selectionScorer } from "./what-if-marginal";
import { WhatIfResults } from "./what-if-results";
import { selectionFromChanges } from "./what-if-scenario-selection";
import { WhatIfScenarios } from "./what-if-scenarios";
import { WhatIfSuggestionList } from "./what-if-suggestion-list";

interface WhatIfWorkbenchProps {
  records: VendorRecords;
  /** The stored score's date, so an empty what-if reproduces the stored numbers exactly. */
  asOf: string;
  storedOverall: number;
}

/**
 * Tick actions and answers; the engine rescores in the browser on every change. Only a scenario the analyst
 * saves by name is sent, and it holds the changes, not the scores.
 */
export function WhatIfWorkbench({ records, asOf, storedOverall }: WhatIfWorkbenchProps) {
  const { vendor, products, dataHoldings, incidents, evidence } = records;
  const profile = useMemo(
    () => buildRiskProfile({ vendor, products, dataHoldings, incidents, evidence }),
    [vendor, products, dataHoldings, incidents, evidence],
  );
  const suggestions = useMemo(() => suggestWhatIfs(profile, asOf), [profile, asOf]);
  const [selection, setSelection] = useState<WhatIfSelection>(EMPTY_SELECTION);

  // A holding or incident deleted since it was changed would make the engine throw; its change no longer applies.
  const applicable = useMemo(() => {
    const holding = ([id]: [string, unknown]) => profile.dataHoldings.some((h) => h.id === id);
    const incident = ([id]: [string, unknown]) => profile.incidents.some((i) => i.id === id);
    return {
      ...selection,
      holdingActions: Object.fromEntries(Object.entries(selection.holdingActions).filter(holding)),
      recordCounts: Object.fromEntries(Object.entries(selection.recordCounts).filter(holding)),
      incidentFacts: Object.fromEntries(Object.entries(selection.incidentFacts).filter(incident)),
    };
  }, [profile, selection]);
  const changes = useMemo(() => changesFor(applicable, suggestions), [applicable, suggestions]);
  const result = useMemo(() => whatIf(profile, {}, asOf, changes), [profile, asOf, changes]);
  const score = useMemo(() => selectionScorer(profile, asOf, suggestions), [profile, asOf, suggestions]);
  const suggestionEffects = useMemo(
    () =>
      Object.fromEntries(
        suggestions.map((s) => [s.id, marginalEffect(score, applicable, { kind: "suggestion", id: s.id })]),
      ),
    [score, applicable, suggestions],
  );

  // The page's records can be newer than the stored score (a write whose rescore is still on its way).
  const drifted = Math.abs(result.before.overall.score - storedOverall) >= 0.05;

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="what-if-title"
      id="what-if"
      style={{ scrollMarginTop: SCROLL_MARGIN }}
    >
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3} size="h4" id="what-if-title">
            What if
          </Title>
          <Button
            variant="default"
            size="xs"
            onClick={() => setSelection(EMPTY_SELECTION)}
            disabled={isEmptySelection(selection)}
          >
            Clear changes
          </Button>
        </Group>
        <Alert variant="light" color="blue" icon={<IconFlask aria-hidden />}>
          Try changes and watch the scores move. They are worked out in your browser with the same method as
          the stored score. Nothing here changes the vendor's records or score; a set of changes can be kept
          as a named scenario.
        </Alert>
        {drifted && (
          <Text size="sm" c="dimmed">
            The records on this page changed after the stored score was computed, so the what-if starts from{" "}
            {formatScore(result.before.overall.score)} rather than {formatScore(storedOverall)}.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Stack gap="lg">
            <WhatIfSuggestionList
              suggestions={suggestions}
              value={selection.suggestions}
              onChange={(ids) => setSelection((s) => ({ ...s, suggestions: ids }))}
              effects={suggestionEffects}
            />
            <WhatIfHoldingActions
              holdings={dataHoldings}
              value={selection.holdingActions}
              effectOf={(holdingId, action) =>
                marginalEffect(score, applicable, { kind: "holding", holdingId, action })
              }
              onChange={(holdingId, kinds) =>
                setSelection((s) => ({ ...s, holdingActions: { ...s.holdingActions, [holdingId]: kinds } }))
              }
              recordCounts={selection.recordCounts}
              onRecordCount={(holdingId, count) =>
                setSelection((s) => {
                  const { [holdingId]: _removed, ...rest } = s.recordCounts;
                  return { ...s, recordCounts: count === undefined ? rest : { ...rest, [holdingId]: count } };
                })
              }
            />
            <WhatIfIncidentFacts
              incidents={incidents}
              value={selection.incidentFacts}
              onChange={(incidentId, facts) =>
                setSelection((s) => ({ ...s, incidentFacts: { ...s.incidentFacts, [incidentId]: facts } }))
              }
            />
            <WhatIfEvidence
              value={selection.evidence}
              onChange={(factor, yes) =>
                setSelection((s) => {
                  const { [factor]: _removed, ...rest } = s.evidence;
                  return { ...s, evidence: yes === null ? rest : { ...rest, [factor]: yes } };
                })
              }
            />
          </Stack>
          <div>
            {/* Stays in view while the analyst works down a long list of actions. */}
            <div style={{ position: "sticky", top: "calc(var(--app-shell-header-offset, 0px) + 16px)" }}>
              <Stack gap="md">
                <WhatIfResults result={result} />
                <WhatIfScenarios
                  vendorId={vendor.id}
                  changes={changes}
                  onLoad={(scenario) =>
                    setSelection(
                      selectionFromChanges(
                        scenario.changes,
                        suggestions,
                        new Set(profile.dataHoldings.map((h) => h.id)),
                      ),
                    )
                  }
                />
              </Stack>
            </div>
          </div>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
