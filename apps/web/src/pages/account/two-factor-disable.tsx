import { Alert, Button, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { ApiError, describeError } from "../../api/api-error";
import { useDisableTwoFactor } from "../../api/two-factor";
import { PasswordField } from "../../components/password-field";

/** Turning two-factor authentication off, with the password; warns when the organization requires it. */
export function TwoFactorDisable({ requiredByOrganization }: { requiredByOrganization: boolean }) {
  const disable = useDisableTwoFactor();
  const [password, setPassword] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!password) return;
    disable.mutate(password, {
      onSuccess: () => {
        setPassword("");
        notifications.show({
          color: "yellow",
          title: "Two-factor authentication is off",
          message: "Signing in needs only your password now.",
        });
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack align="flex-start">
        {requiredByOrganization && (
          <Text size="sm" c="orange.8">
            Your organization requires two-factor authentication: if you turn it off, Ward stays closed to you
            until you set it up again.
          </Text>
        )}
        {disable.isError && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" w="100%">
            {disable.error instanceof ApiError &&
            (disable.error.status === 400 || disable.error.status === 401)
              ? "That password is not right."
              : describeError(disable.error)}
          </Alert>
        )}
        <PasswordField
          label="Password"
          description="Your current password, to confirm it is you"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          required
          w={{ base: "100%", sm: 320 }}
        />
        <Button type="submit" color="red" variant="outline" loading={disable.isPending} disabled={!password}>
          Turn off two-factor authentication
        </Button>
      </Stack>
    </form>
  );
}
