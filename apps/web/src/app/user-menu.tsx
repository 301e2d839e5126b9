import { Avatar, Badge, Group, Menu, Text, UnstyledButton } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconChevronDown, IconDevices, IconLogout, IconShieldLock } from "@tabler/icons-react";
import { Link } from "react-router";
import { describeError } from "../api/api-error";
import { useMe } from "../api/me";
import { useSignOut } from "../api/sign-out";
import { roleColors, roleLabels } from "../labels/access-labels";

/** Right of the header: the organization, the reader's role, and their account menu. */
export function UserMenu() {
  const me = useMe();
  const signOut = useSignOut();
  if (!me.data) return null;
  const { user, organization, role } = me.data;

  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" fw={500} visibleFrom="sm">
        {organization.name}
      </Text>
      <Badge color={roleColors[role]} variant="light" aria-label={`Your role: ${roleLabels[role]}`}>
        {roleLabels[role]}
      </Badge>
      <Menu position="bottom-end" width={220}>
        <Menu.Target>
          <UnstyledButton aria-label={`Account menu for ${user.name}`}>
            <Group gap={6} wrap="nowrap">
              <Avatar name={user.name} color="initials" size="sm" />
              <Text size="sm" visibleFrom="md">
                {user.name}
              </Text>
              <IconChevronDown aria-hidden size={14} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user.email}</Menu.Label>
          <Menu.Item
            component={Link}
            to="/account/security"
            leftSection={<IconShieldLock aria-hidden size={16} />}
          >
            Account security
          </Menu.Item>
          <Menu.Item
            component={Link}
            to="/account/sessions"
            leftSection={<IconDevices aria-hidden size={16} />}
          >
            Sessions
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconLogout aria-hidden size={16} />}
            onClick={() =>
              signOut.mutate(undefined, {
                onError: (error) =>
                  notifications.show({
                    color: "red",
                    title: "Not signed out",
                    message: describeError(error),
                  }),
              })
            }
          >
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
