import { Badge, Button, Group, Select, Table, Text, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { type MemberDto, type Role, role as roleSchema } from "@ward/contracts";
import { describeError } from "../../api/api-error";
import { useChangeMemberRole, useRemoveMember } from "../../api/members";
import { ConfirmActionModal } from "../../components/confirm-action-modal";
import { roleLabels } from "../../labels/access-labels";
import { formatDay } from "../../labels/format";

const roleOptions = roleSchema.options.map((value) => ({ value, label: roleLabels[value] }));

/** The organization's members, each with a role picker and a remove button. */
export function MembersTable({ members, myUserId }: { members: MemberDto[]; myUserId: string }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label="Members" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Two-factor</Table.Th>
            <Table.Th>Joined</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <MemberRow key={member.id} member={member} isMe={member.userId === myUserId} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MemberRow({ member, isMe }: { member: MemberDto; isMe: boolean }) {
  const changeRole = useChangeMemberRole();
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="xs">
          <Text size="sm">{member.name}</Text>
          {isMe && (
            <Badge size="sm" variant="light">
              You
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>{member.email}</Table.Td>
      <Table.Td>
        <Select
          aria-label={`Role of ${member.name}`}
          data={roleOptions}
          value={member.role}
          allowDeselect={false}
          disabled={changeRole.isPending}
          w={140}
          size="xs"
          onChange={(value) => {
            if (!value || value === member.role) return;
            changeRole.mutate(
              { id: member.id, role: value as Role },
              {
                onSuccess: () =>
                  notifications.show({
                    color: "green",
                    title: "Role changed",
                    message: `${member.name} is now ${roleLabels[value as Role].toLowerCase()}.`,
                  }),
                // A 409 says why, e.g. the organization would be left without an admin.
                onError: (error) =>
                  notifications.show({
                    color: "red",
                    title: "Role not changed",
                    message: describeError(error),
                  }),
              },
            );
          }}
        />
      </Table.Td>
      <Table.Td>
        <Badge color={member.twoFactorEnabled ? "green" : "gray"} variant="light">
          {member.twoFactorEnabled ? "On" : "Off"}
        </Badge>
      </Table.Td>
      <Table.Td>{formatDay(member.createdAt)}</Table.Td>
      <Table.Td>
        <RemoveMemberButton member={member} isMe={isMe} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Removing takes the person's access away at once, so it asks first. */
function RemoveMemberButton({ member, isMe }: { member: MemberDto; isMe: boolean }) {
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useRemoveMember();
  const confirm = () =>
    remove.mutate(member.id, {
      onSuccess: () => {
        close();
        notifications.show({
          color: "green",
          title: "Member removed",
          message: `${member.name} was removed.`,
        });
      },
    });

  return (
    <>
      <Button size="xs" variant="subtle" color="red" onClick={open} aria-label={`Remove ${member.name}`}>
        Remove
      </Button>
      <ConfirmActionModal
        opened={opened}
        onClose={close}
        title={`Remove ${member.name}?`}
        confirmLabel="Remove member"
        onConfirm={confirm}
        pending={remove.isPending}
        error={remove.isError ? remove.error : null}
      >
        {isMe
          ? "You are removing yourself: you will lose access to this organization at once."
          : `${member.name} loses access to this organization at once. Their past changes stay in the audit log.`}
      </ConfirmActionModal>
    </>
  );
}
