import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { describeError } from "../../api/api-error";
import { useSignUpWithInvitation } from "../../api/members";
import { PasswordField } from "../../components/password-field";

/** The server's rule (better-auth `minPasswordLength`), checked here too so people learn it before sending. */
export const MIN_PASSWORD_LENGTH = 12;

interface SignUpFormProps {
  /** The invitation link's token; the account can only be made with it. */
  token: string;
  email: string;
  /** Runs once the account exists, has joined and is signed in. */
  onJoined: () => Promise<void>;
}

/** A new account for the invited address: name and a password typed twice. */
export function SignUpForm({ token, email, onJoined }: SignUpFormProps) {
  const signUp = useSignUpWithInvitation();
  const form = useForm({
    initialValues: { name: "", password: "", confirm: "" },
    validate: {
      name: (value) => (value.trim() ? null : "Enter your name"),
      password: (value) =>
        value.length >= MIN_PASSWORD_LENGTH ? null : `Use at least ${MIN_PASSWORD_LENGTH} characters`,
      confirm: (value, values) => (value === values.password ? null : "The passwords do not match"),
    },
  });

  const submit = form.onSubmit((values) =>
    signUp.mutate(
      { token, name: values.name.trim(), password: values.password },
      { onSuccess: () => onJoined() },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {signUp.isError && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Account not created" role="alert">
            {describeError(signUp.error)}
          </Alert>
        )}
        <TextInput label="Email" value={email} readOnly autoComplete="username" />
        <TextInput label="Name" autoComplete="name" required {...form.getInputProps("name")} />
        <PasswordField
          label="Password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters`}
          autoComplete="new-password"
          required
          {...form.getInputProps("password")}
        />
        <PasswordField
          label="Confirm password"
          autoComplete="new-password"
          required
          {...form.getInputProps("confirm")}
        />
        <Button type="submit" loading={signUp.isPending}>
          Create account and join
        </Button>
      </Stack>
    </form>
  );
}
