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

function DeliveryBadge({ message }: { message: OutboxMessageDto }) {
  if (message.error)
    return (
      <Badge color="red" variant="light">
        Not delivered
      </Badge>
    );
  if (message.sentAt)
    return (
      <Badge color="green" variant="light">
        Emailed
      </Badge>
    );
  return (
    <Badge color="gray" variant="light">
      Not emailed
    </Badge>
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
        {message.error && (
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
