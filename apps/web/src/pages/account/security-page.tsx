import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconShieldLock } from "@tabler/icons-react";
import { Link } from "react-router";
import { useMe } from "../../api/me";
import { TwoFactorDisable } from "./two-factor-disable";
import { TwoFactorSetup } from "./two-factor-setup";

/** `/account/security`: two-factor authentication, and the one page open while an organization's MFA rule is unmet. */
export function SecurityPage() {
  const me = useMe();
  if (!me.data) return null;
  const { user, organization, mfaSetupRequired } = me.data;

  return (
    <Stack gap="lg" maw={760}>
      <title>Account security · Ward</title>
      <Title order={1}>Account security</Title>
      {mfaSetupRequired && (
        <Alert
          color="orange"
          icon={<IconShieldLock aria-hidden />}
          title="Two-factor authentication required"
        >
          {organization.name} requires every member to use two-factor authentication. Set it up below; the
          rest of Ward is unavailable to you until you do.
        </Alert>
      )}
      <Paper withBorder p="lg" component="section" aria-labelledby="two-factor-heading">
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h3" id="two-factor-heading">
              Two-factor authentication
            </Title>
            <Badge color={user.twoFactorEnabled ? "green" : "gray"} variant="light">
              {user.twoFactorEnabled ? "On" : "Off"}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            With it on, signing in asks for your password and a code from an authenticator app on your phone,
            so a stolen password alone does not open Ward.
          </Text>
          {user.twoFactorEnabled ? (
            <TwoFactorDisable requiredByOrganization={organization.requireMfa} />
          ) : (
            <TwoFactorSetup />
          )}
        </Stack>
      </Paper>
      {user.twoFactorEnabled && organization.requireMfa && (
        <Text size="sm" c="dimmed">
          Your organization requires two-factor authentication, and yours is set up.{" "}
          <Button component={Link} to="/" variant="subtle" size="compact-sm">
            Go to the portfolio
          </Button>
        </Text>
      )}
    </Stack>
  );
}
