import { Badge, Button, Table, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { InvitationDto } from "@ward/contracts";
import { describeError } from "../../api/api-error";
import { useRevokeInvitation } from "../../api/members";
import { invitationStatusColors, invitationStatusLabels, roleLabels } from "../../labels/access-labels";
import { formatDateTime } from "../../labels/format";

/** Invitations, newest first, with their state; a pending one can be revoked so its link stops working. */
export function InvitationsTable({ invitations }: { invitations: InvitationDto[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label="Invitations" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Sent</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => (
            <InvitationRow key={invitation.id} invitation={invitation} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function InvitationRow({ invitation }: { invitation: InvitationDto }) {
  const revoke = useRevokeInvitation();
  return (
    <Table.Tr>
      <Table.Td>{invitation.email}</Table.Td>
      <Table.Td>{roleLabels[invitation.role]}</Table.Td>
      <Table.Td>
        <Badge color={invitationStatusColors[invitation.status]} variant="light">
          {invitationStatusLabels[invitation.status]}
        </Badge>
      </Table.Td>
      <Table.Td>{formatDateTime(invitation.createdAt)}</Table.Td>
      <Table.Td>{formatDateTime(invitation.expiresAt)}</Table.Td>
      <Table.Td>
        {invitation.status === "pending" && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={revoke.isPending}
            aria-label={`Revoke the invitation for ${invitation.email}`}
            onClick={() =>
              revoke.mutate(invitation.id, {
                onSuccess: () =>
                  notifications.show({
                    color: "green",
                    title: "Invitation revoked",
                    message: `The link for ${invitation.email} no longer works.`,
                  }),
                onError: (error) =>
                  notifications.show({ color: "red", title: "Not revoked", message: describeError(error) }),
              })
            }
          >
            Revoke
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
