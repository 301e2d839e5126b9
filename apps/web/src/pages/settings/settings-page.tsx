import { Paper, Skeleton, Stack, Switch, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { describeError } from "../../api/api-error";
import { useMe } from "../../api/me";
import { useOrganizationSettings, useUpdateOrganizationSettings } from "../../api/organization";
import { QueryError } from "../../components/query-error";

/** `/settings` (admins): organization-wide rules. */
export function SettingsPage() {
  const settings = useOrganizationSettings();
  const update = useUpdateOrganizationSettings();
  const me = useMe();
  const iHaveTwoFactor = me.data?.user.twoFactorEnabled ?? false;
  // The switch's new position while it saves; the server's answer takes over when the save settles.
  const [saving, setSaving] = useState<boolean | null>(null);

  const setRequireMfa = (requireMfa: boolean) => {
    setSaving(requireMfa);
    update.mutate(
      { requireMfa },
      {
        onSettled: () => setSaving(null),
        onSuccess: () =>
          notifications.show({
            color: "green",
            title: "Settings saved",
            message: requireMfa
              ? "Every member now needs two-factor authentication."
              : "Two-factor authentication is no longer required.",
          }),
        onError: (error) =>
          notifications.show({ color: "red", title: "Not saved", message: describeError(error) }),
      },
    );
  };

  return (
    <Stack gap="lg" maw={760}>
      <title>Settings · Ward</title>
      <div>
        <Title order={1}>Settings</Title>
        <Text c="dimmed">Rules for everyone in {settings.data?.name ?? "your organization"}.</Text>
      </div>
      {settings.isPending ? (
        <Skeleton height={100} aria-label="Loading settings" />
      ) : settings.isError ? (
        <QueryError title="Could not load settings" error={settings.error} onRetry={settings.refetch} />
      ) : (
        <Paper withBorder p="lg">
          <Switch
            label="Require two-factor authentication for all members"
            description={
              // Turning it on without having it yourself sends you straight to set-up: say so beforehand.
              iHaveTwoFactor
                ? "Members without it are sent to set it up before they can use Ward again."
                : "Members without it are sent to set it up before they can use Ward again. You have not set it up yourself yet, so you will be asked to at once."
            }
            checked={saving ?? settings.data.requireMfa}
            disabled={update.isPending}
            onChange={(event) => setRequireMfa(event.currentTarget.checked)}
          />
        </Paper>
      )}
    </Stack>
  );
}
