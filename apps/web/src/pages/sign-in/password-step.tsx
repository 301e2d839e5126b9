import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { type PasswordOutcome, useSignIn } from "../../api/sign-in";
import { PasswordField } from "../../components/password-field";
import { passwordErrorMessage } from "./sign-in-messages";

interface PasswordStepProps {
  /** Fixed when the page already knows who is signing in (an invitation's address). */
  email?: string | undefined;
  /** A note from an earlier step, e.g. that the second-factor challenge expired. */
  notice?: string | null;
  onDone: (outcome: PasswordOutcome) => void | Promise<void>;
}

/** Email and password: the first step of signing in. */
export function PasswordStep({ email, notice, onDone }: PasswordStepProps) {
  const signIn = useSignIn();
  const form = useForm({
    initialValues: { email: email ?? "", password: "" },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value.trim()) ? null : "Enter your email address"),
      password: (value) => (value ? null : "Enter your password"),
    },
  });

  const submit = form.onSubmit((values) =>
    signIn.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: onDone }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {notice && !signIn.isError && (
          <Alert color="yellow" icon={<IconAlertCircle aria-hidden />} role="status">
            {notice}
          </Alert>
        )}
        {signIn.isError && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Not signed in" role="alert">
            {passwordErrorMessage(signIn.error)}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          readOnly={email !== undefined}
          required
          {...form.getInputProps("email")}
        />
        <PasswordField
          label="Password"
          autoComplete="current-password"
          required
          {...form.getInputProps("password")}
        />
        <Button type="submit" loading={signIn.isPending}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
