import { Anchor, Stack, Text, Title } from "@mantine/core";
import type { Permission } from "@ward/contracts";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useCan, useMe } from "../api/me";
import { permissionPurposes, roleLabels } from "../labels/access-labels";

/** Said instead of a page the reader's role does not allow, e.g. a viewer following a link to /vendors/new. */
export function NotAllowed({ permission }: { permission: Permission }) {
  const me = useMe();
  return (
    <Stack gap="sm">
      <title>Not allowed · Ward</title>
      <Title order={1}>Not allowed</Title>
      <Text>
        Your role{me.data ? ` (${roleLabels[me.data.role]})` : ""} does not allow you to{" "}
        {permissionPurposes[permission]}. Ask an admin of your organization if you need to.
      </Text>
      <Anchor component={Link} to="/">
        Back to the vendor portfolio
      </Anchor>
    </Stack>
  );
}

/** Shows `children` only to members whose role grants `permission`; the server refuses the rest anyway. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan(permission);
  return can ? children : <NotAllowed permission={permission} />;
}
