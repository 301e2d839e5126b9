import { Button, CopyButton, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import type { VendorRiskScoreDto } from "@ward/contracts";
import { dimensionLabels, dimensionOrder } from "../../../labels/risk-labels";

/** Questions shown per dimension before "Show all": those behind the most points come first. */
export const QUESTIONS_SHOWN = 3;

interface QuestionGroup {
  label: string;
  questions: string[];
}

/** Each dimension's questions, once each, in the order of the points at stake (largest first). */
export function questionsByDimension(score: VendorRiskScoreDto): QuestionGroup[] {
  return dimensionOrder.flatMap((id) => {
    const questions: string[] = [];
    for (const c of [...score.dimensions[id].contributions].sort((a, b) => b.points - a.points)) {
      // Two holdings with the same gap raise the same question; the vendor needs to read it once.
      if (c.question && !questions.includes(c.question)) questions.push(c.question);
    }
    return questions.length ? [{ label: dimensionLabels[id], questions }] : [];
  });
}

/** Plain text for pasting into an email or a questionnaire. */
function asText(groups: QuestionGroup[]): string {
  return groups.map((g) => [g.label, ...g.questions.map((q) => `- ${q}`)].join("\n")).join("\n\n");
}

/**
 * Every question the score raises, gathered in one place: what an analyst sends the vendor next. Answers to
 * them replace a priced-in unknown with a fact, so they are the quickest way to a more confident score. Each
 * dimension shows its first few; "Copy questions" always copies them all.
 */
export function QuestionsToAsk({ score }: { score: VendorRiskScoreDto }) {
  const groups = questionsByDimension(score);
  const [allShown, all] = useDisclosure(false);
  if (groups.length === 0) return null;
  const total = groups.reduce((sum, g) => sum + g.questions.length, 0);
  const collapses = groups.some((g) => g.questions.length > QUESTIONS_SHOWN);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="questions-to-ask-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="questions-to-ask-title">
            Questions to ask the vendor
          </Title>
          <CopyButton value={asText(groups)} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                variant="light"
                size="xs"
                onClick={copy}
                leftSection={
                  copied ? <IconCheck aria-hidden size={14} /> : <IconCopy aria-hidden size={14} />
                }
              >
                {copied ? "Copied" : "Copy questions"}
              </Button>
            )}
          </CopyButton>
        </Group>
        {groups.map((group) => (
          <div key={group.label}>
            <Text size="sm" fw={600}>
              {group.label}
            </Text>
            <List size="sm" spacing={2}>
              {(allShown ? group.questions : group.questions.slice(0, QUESTIONS_SHOWN)).map((q) => (
                <List.Item key={q}>{q}</List.Item>
              ))}
            </List>
          </div>
        ))}
        {collapses && (
          <div>
            <Button variant="subtle" size="compact-sm" onClick={all.toggle} aria-expanded={allShown}>
              {allShown ? "Show the first questions only" : `Show all ${total} questions`}
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
