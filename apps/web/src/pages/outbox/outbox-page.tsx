import {
  Anchor,
  Badge,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Spoiler,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconMail } from "@tabler/icons-react";
import type { OutboxMessageDto } from "@ward/contracts";
import { useOutbox } from "../../api/members";
import { CopyValue } from "../../components/copy-value";
import { QueryError } from "../../components/query-error";
import { formatDateTime } from "../../labels/format";

/**
 * `/outbox` (admins): every message Ward sent. Without SMTP nothing leaves the server, so this is where an admin
 * picks up an invitation link and hands it on.
 */
export function OutboxPage() {
  const outbox = useOutbox();
  return (
    <Stack gap="lg">
      <title>Outbox · Ward</title>
      <div>
        <Title order={1}>Outbox</Title>
        <Text c="dimmed">
          Messages Ward sent, newest first. When Ward has no mail server, copy each link from here and send it
          to the person yourself.
        </Text>
      </div>
      {outbox.isPending ? (
        <Skeleton height={200} aria-label="Loading messages" />
      ) : outbox.isError ? (
        <QueryError title="Could not load the outbox" error={outbox.error} onRetry={outbox.refetch} />
      ) : outbox.data.items.length === 0 ? (
        <EmptyState
          icon={<IconMail aria-hidden />}
          title="No messages yet"
          description="Invitations you send appear here with their links."
        />
      ) : (
        outbox.data.items.map((message) => <OutboxMessage key={message.id} message={message} />)
      )}
    </Stack>
  );
}

const deliveryLabels: Record<OutboxMessageDto["status"], { label: string; color: string }> = {
  not_configured: { label: "Not emailed", color: "gray" },
  queued: { label: "Queued", color: "blue" },
  retrying: { label: "Retrying", color: "orange" },
  sent: { label: "Emailed", color: "green" },
  failed: { label: "Not delivered", color: "red" },
};

function DeliveryBadge({ message }: { message: OutboxMessageDto }) {
  const { label, color } = deliveryLabels[message.status];
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}

/** Attempts so far and, while retrying, when the next one is due; nothing for a message never queued. */
function DeliveryDetail({ message }: { message: OutboxMessageDto }) {
  if (message.status === "not_configured" || message.attempts === 0) return null;
  const attempts = `${message.attempts} ${message.attempts === 1 ? "attempt" : "attempts"}`;
  const next = message.nextAttemptAt ? ` · next attempt from ${formatDateTime(message.nextAttemptAt)}` : "";
  return (
    <Text size="xs" c="dimmed">
      {attempts}
      {next}
    </Text>
  );
}

function OutboxMessage({ message }: { message: OutboxMessageDto }) {
  return (
    <Paper withBorder p="md" component="article" aria-label={message.subject}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600}>{message.subject}</Text>
            <Text size="sm" c="dimmed">
              To {message.to} · {formatDateTime(message.createdAt)}
            </Text>
          </div>
          <DeliveryBadge message={message} />
        </Group>
        <DeliveryDetail message={message} />
        {message.error && message.status !== "sent" && (
          <Text size="sm" c="red">
            {message.error}
          </Text>
        )}
        {message.link && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Link for {message.to}
            </Text>
            <CopyValue value={message.link} label="Copy link" />
            <Anchor href={message.link} size="xs" target="_blank" rel="noreferrer">
              Open link
            </Anchor>
          </Stack>
        )}
        <Spoiler maxHeight={0} showLabel="Show message" hideLabel="Hide message">
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {message.text}
          </Text>
        </Spoiler>
      </Stack>
    </Paper>
  );
}
