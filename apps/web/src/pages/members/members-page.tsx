import { Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useMe } from "../../api/me";
import { useInvitations, useMembers } from "../../api/members";
import { QueryError } from "../../components/query-error";
import { InvitationsTable } from "./invitations-table";
import { InviteForm } from "./invite-form";
import { MembersTable } from "./members-table";

/** `/members` (admins): who belongs to the organization with which role, and who has been invited. */
export function MembersPage() {
  const me = useMe();
  const members = useMembers();
  const invitations = useInvitations();

  return (
    <Stack gap="xl">
      <title>Members · Ward</title>
      <div>
        <Title order={1}>Members</Title>
        <Text c="dimmed">People in your organization and what their role lets them do.</Text>
      </div>
      {members.isPending ? (
        <Skeleton height={160} aria-label="Loading members" />
      ) : members.isError ? (
        <QueryError title="Could not load members" error={members.error} onRetry={members.refetch} />
      ) : (
        <MembersTable members={members.data.items} myUserId={me.data?.user.id ?? ""} />
      )}
      <Stack component="section" aria-labelledby="invite-heading" gap="sm">
        <Title order={2} size="h3" id="invite-heading">
          Invite someone
        </Title>
        <Paper withBorder p="md">
          <InviteForm />
        </Paper>
      </Stack>
      <Stack component="section" aria-labelledby="invitations-heading" gap="sm">
        <Title order={2} size="h3" id="invitations-heading">
          Invitations
        </Title>
        {invitations.isPending ? (
          <Skeleton height={120} aria-label="Loading invitations" />
        ) : invitations.isError ? (
          <QueryError
            title="Could not load invitations"
            error={invitations.error}
            onRetry={invitations.refetch}
          />
        ) : invitations.data.items.length === 0 ? (
          <Text c="dimmed">No invitations yet.</Text>
        ) : (
          <InvitationsTable invitations={invitations.data.items} />
        )}
      </Stack>
    </Stack>
  );
}
