import {
  Alert,
  Badge,
  Button,
  EmptyState,
  Group,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconCircleCheck, IconRefresh } from "@tabler/icons-react";
import type { FailedJobDto, JobQueueDto, JobsOverviewResponse } from "@ward/contracts";
import { useJobs, useRetryJob } from "../../api/jobs";
import { QueryError } from "../../components/query-error";
import { formatCount, formatDateTime } from "../../labels/format";

/** `/jobs` (admins): the background jobs, when each last ran and runs next, what failed, and rescoring progress. */
export function JobsPage() {
  const jobs = useJobs();
  return (
    <Stack gap="xl">
      <title>Jobs · Ward</title>
      <div>
        <Title order={1}>Jobs</Title>
        <Text c="dimmed">
          Work Ward does in the background: delivering mail, rescoring vendors after an upgrade, and the daily
          rescoring that lets scores age as the methodology says they should.
        </Text>
      </div>
      {jobs.isPending ? (
        <Skeleton height={240} aria-label="Loading jobs" />
      ) : jobs.isError ? (
        <QueryError title="Could not load the jobs" error={jobs.error} onRetry={jobs.refetch} />
      ) : (
        <>
          <RescoringProgress rescoring={jobs.data.rescoring} />
          <QueuesTable queues={jobs.data.queues} />
          <Failures failures={jobs.data.failures} />
        </>
      )}
    </Stack>
  );
}

function RescoringProgress({ rescoring }: { rescoring: JobsOverviewResponse["rescoring"] }) {
  const { total, current, methodologyVersion } = rescoring;
  const percent = total === 0 ? 100 : Math.floor((current / total) * 100);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rescoring-heading">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id="rescoring-heading">
            Scores on methodology {methodologyVersion}
          </Title>
          {current < total ? (
            <Badge color="blue" variant="light">
              Rescoring
            </Badge>
          ) : (
            <Badge color="green" variant="light">
              Up to date
            </Badge>
          )}
        </Group>
        <Progress value={percent} aria-label="Vendors scored with the current methodology" />
        <Text size="sm" c="dimmed">
          {formatCount(current)} of {formatCount(total)} vendors scored with the current methodology.
          {current < total && " The others show their previous score, marked as being rescored."}
        </Text>
      </Stack>
    </Paper>
  );
}

const when = (moment: string | null, none: string) => (moment ? formatDateTime(moment) : none);

function QueuesTable({ queues }: { queues: JobQueueDto[] }) {
  return (
    <section aria-labelledby="queues-heading">
      <Title order={2} size="h4" id="queues-heading" mb="xs">
        Background jobs
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Background jobs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Job</Table.Th>
              <Table.Th scope="col">Schedule</Table.Th>
              <Table.Th scope="col">Last run</Table.Th>
              <Table.Th scope="col">Next run</Table.Th>
              <Table.Th scope="col">Waiting</Table.Th>
              <Table.Th scope="col">Running</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queues.map((q) => (
              <Table.Tr key={q.name}>
                <Table.Th scope="row" fw={500}>
                  {q.title}
                </Table.Th>
                <Table.Td>{q.schedule ? `Cron ${q.schedule} (UTC)` : "When needed"}</Table.Td>
                <Table.Td>{when(q.lastRunAt, "Not yet")}</Table.Td>
                <Table.Td>{when(q.nextRunAt, "Nothing waiting")}</Table.Td>
                <Table.Td>{formatCount(q.waiting)}</Table.Td>
                <Table.Td>{formatCount(q.active)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

function Failures({ failures }: { failures: FailedJobDto[] }) {
  const retry = useRetryJob();
  return (
    <section aria-labelledby="failures-heading">
      <Title order={2} size="h4" id="failures-heading" mb="xs">
        Failed jobs
      </Title>
      {retry.isError && (
        <Alert color="red" title="Could not retry the job" mb="sm">
          {retry.error.message}
        </Alert>
      )}
      {failures.length === 0 ? (
        <EmptyState
          icon={<IconCircleCheck aria-hidden />}
          title="No failed jobs"
          description="A job that fails after all its retries appears here with its error, ready to retry."
        />
      ) : (
        <Stack gap="sm">
          {failures.map((f) => (
            <Paper key={f.id} withBorder p="md" component="article" aria-label={`${f.title} failed`}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  <Text fw={600}>{f.title}</Text>
                  <Text size="sm" c="dimmed">
                    {when(f.failedAt, "Unknown time")} · {f.attempts}{" "}
                    {f.attempts === 1 ? "attempt" : "attempts"}
                  </Text>
                  <Text size="sm" c="red" mt={4}>
                    {f.message}
                  </Text>
                </div>
                <Button
                  variant="light"
                  leftSection={<IconRefresh size={16} aria-hidden />}
                  loading={retry.isPending && retry.variables === f.id}
                  onClick={() => retry.mutate(f.id)}
                  aria-label={`Retry ${f.title} job`}
                >
                  Retry
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}
