import { Badge, Button, Group, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconLogout } from "@tabler/icons-react";
import { describeError } from "../../api/api-error";
import { type SessionRow, useRevokeOtherSessions, useRevokeSession, useSessions } from "../../api/sessions";
import { QueryError } from "../../components/query-error";
import { formatDateTime } from "../../labels/format";
import { describeDevice } from "./describe-device";

const failed = (error: unknown) =>
  notifications.show({ color: "red", title: "Not signed out", message: describeError(error) });

/** `/account/sessions`: every browser signed in to this account, and a way to sign any of them out. */
export function SessionsPage() {
  const sessions = useSessions();
  const revokeOthers = useRevokeOtherSessions();
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;

  return (
    <Stack gap="lg">
      <title>Sessions · Ward</title>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>Sessions</Title>
          <Text c="dimmed">Where your account is signed in. Sign out anything you do not recognise.</Text>
        </div>
        <Button
          variant="outline"
          color="red"
          leftSection={<IconLogout aria-hidden size={16} />}
          disabled={others === 0}
          loading={revokeOthers.isPending}
          onClick={() =>
            revokeOthers.mutate(undefined, {
              onSuccess: () =>
                notifications.show({
                  color: "green",
                  title: "Signed out elsewhere",
                  message: "Only this browser is still signed in.",
                }),
              onError: failed,
            })
          }
        >
          Sign out everywhere else
        </Button>
      </Group>
      {sessions.isPending ? (
        <Skeleton height={160} aria-label="Loading sessions" />
      ) : sessions.isError ? (
        <QueryError title="Could not load your sessions" error={sessions.error} onRetry={sessions.refetch} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Your sessions" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Device</Table.Th>
                <Table.Th>IP address</Table.Th>
                <Table.Th>Signed in</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((session) => (
                <SessionTableRow key={session.id} session={session} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function SessionTableRow({ session }: { session: SessionRow }) {
  const revoke = useRevokeSession();
  const device = describeDevice(session.userAgent);
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {device}
          </Text>
          {session.current && (
            <Badge color="green" variant="light">
              This browser
            </Badge>
          )}
        </Group>
        {session.userAgent && (
          <Text size="xs" c="dimmed" lineClamp={1} title={session.userAgent}>
            {session.userAgent}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{session.ipAddress ?? "Unknown"}</Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(session.createdAt)}</Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(session.expiresAt)}</Table.Td>
      <Table.Td>
        {!session.current && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={revoke.isPending}
            aria-label={`Sign out ${device}, signed in ${formatDateTime(session.createdAt)}`}
            onClick={() => revoke.mutate(session.token, { onError: failed })}
          >
            Sign out
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
