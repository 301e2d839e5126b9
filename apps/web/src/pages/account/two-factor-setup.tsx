import { Alert, Anchor, Button, Group, List, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle } from "@tabler/icons-react";
import { QRCodeSVG } from "qrcode.react";
import { type FormEvent, useState } from "react";
import { ApiError, describeError } from "../../api/api-error";
import { AuthError } from "../../api/auth-client";
import { useConfirmTwoFactor, useStartTwoFactor } from "../../api/two-factor";
import { CopyValue } from "../../components/copy-value";
import { PasswordField } from "../../components/password-field";
import { BackupCodes } from "./backup-codes";

/** The secret inside an `otpauth://` URI, for people who type it into their app instead of scanning. */
function secretOf(totpURI: string): string | null {
  try {
    return new URL(totpURI).searchParams.get("secret");
  } catch {
    return null;
  }
}

function passwordMessage(error: unknown): string {
  if (error instanceof ApiError && (error.status === 400 || error.status === 401))
    return "That password is not right.";
  return describeError(error);
}

function codeMessage(error: unknown): string {
  if (error instanceof AuthError && error.authCode === "INVALID_CODE") {
    return "That code is not right. Enter the code your app shows now; it changes every 30 seconds.";
  }
  return describeError(error);
}

/**
 * Turning two-factor authentication on: the password proves it is the account's owner, then the authenticator
 * app is linked (QR code or typed key), backup codes are saved, and a first code confirms that it all works.
 * Nothing is switched on until that code is accepted.
 */
export function TwoFactorSetup() {
  const start = useStartTwoFactor();
  const confirm = useConfirmTwoFactor();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");

  const begin = (event: FormEvent) => {
    event.preventDefault();
    if (password) start.mutate(password, { onSuccess: () => setPassword("") });
  };
  const finish = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(code.replace(/\s+/g, ""), {
      onSuccess: () =>
        notifications.show({
          color: "green",
          title: "Two-factor authentication is on",
          message: "From now on, signing in asks for a code from your authenticator app.",
        }),
    });
  };

  if (!start.data) {
    return (
      <form onSubmit={begin} noValidate>
        <Stack align="flex-start">
          {start.isError && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" w="100%">
              {passwordMessage(start.error)}
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
          <Button type="submit" loading={start.isPending} disabled={!password}>
            Set up two-factor authentication
          </Button>
        </Stack>
      </form>
    );
  }

  const { totpURI, backupCodes } = start.data;
  const secret = secretOf(totpURI);
  return (
    <form onSubmit={finish} noValidate>
      <List type="ordered" spacing="lg">
        <List.Item>
          <Stack gap="xs">
            <Text fw={500}>Scan this QR code with your authenticator app</Text>
            <QRCodeSVG value={totpURI} size={180} marginSize={2} title="QR code for your authenticator app" />
            {secret && (
              <>
                <Text size="sm">Or type this key into the app:</Text>
                <CopyValue value={secret} label="Copy key" />
              </>
            )}
          </Stack>
        </List.Item>
        <List.Item>
          <Stack gap="xs">
            <Text fw={500}>Save your backup codes</Text>
            <Text size="sm">
              Keep them somewhere safe, such as a password manager. Each code signs you in once if you lose
              your phone. They are shown only now.
            </Text>
            <BackupCodes codes={backupCodes} />
          </Stack>
        </List.Item>
        <List.Item>
          <Stack gap="xs" align="flex-start">
            <Text fw={500}>Enter the code your app shows</Text>
            {confirm.isError && (
              <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" w="100%">
                {codeMessage(confirm.error)}
              </Alert>
            )}
            <TextInput
              label="Authentication code"
              autoComplete="one-time-code"
              inputMode="numeric"
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              required
              w={{ base: "100%", sm: 220 }}
            />
            <Group>
              <Button type="submit" loading={confirm.isPending} disabled={!code.trim()}>
                Turn on two-factor authentication
              </Button>
              <Anchor component="button" type="button" size="sm" onClick={() => start.reset()}>
                Cancel
              </Anchor>
            </Group>
          </Stack>
        </List.Item>
      </List>
    </form>
  );
}
