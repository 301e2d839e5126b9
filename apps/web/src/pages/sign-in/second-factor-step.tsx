import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { type SecondFactorMethod, useVerifySecondFactor } from "../../api/sign-in";
import { secondFactorChallengeEnded, secondFactorErrorMessage } from "./sign-in-messages";

interface SecondFactorStepProps {
  onDone: () => void | Promise<void>;
  /** Back to the password, with a reason when the challenge ended. */
  onRestart: (reason: string | null) => void;
}

const copy: Record<SecondFactorMethod, { label: string; hint: string; other: string }> = {
  totp: {
    label: "Authentication code",
    hint: "Enter the 6-digit code from your authenticator app.",
    other: "Use a backup code instead",
  },
  "backup-code": {
    label: "Backup code",
    hint: "Enter one of the backup codes you saved when you set up two-factor authentication. Each works once.",
    other: "Use your authenticator app instead",
  },
};

/** The second step for accounts with two-factor authentication: a TOTP code, or a backup code. */
export function SecondFactorStep({ onDone, onRestart }: SecondFactorStepProps) {
  const [method, setMethod] = useState<SecondFactorMethod>("totp");
  const [code, setCode] = useState("");
  const verify = useVerifySecondFactor();
  const text = copy[method];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.replace(/\s+/g, "");
    if (!trimmed) return;
    verify.mutate(
      { method, code: trimmed },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (secondFactorChallengeEnded(error)) onRestart(secondFactorErrorMessage(error, method));
        },
      },
    );
  };

  const switchMethod = () => {
    setMethod(method === "totp" ? "backup-code" : "totp");
    setCode("");
    verify.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{text.hint}</Text>
        {verify.isError && !secondFactorChallengeEnded(verify.error) && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {secondFactorErrorMessage(verify.error, method)}
          </Alert>
        )}
        <TextInput
          key={method}
          label={text.label}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          autoComplete="one-time-code"
          inputMode={method === "totp" ? "numeric" : "text"}
          required
          data-autofocus
          autoFocus
        />
        <Button type="submit" loading={verify.isPending} disabled={!code.trim()}>
          Verify
        </Button>
        <Group justify="space-between">
          <Anchor component="button" type="button" size="sm" onClick={switchMethod}>
            {text.other}
          </Anchor>
          <Anchor component="button" type="button" size="sm" c="dimmed" onClick={() => onRestart(null)}>
            Start again
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
