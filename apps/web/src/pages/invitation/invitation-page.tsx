import { Alert, Anchor, Skeleton, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError, describeError } from "../../api/api-error";
import { useAcceptInvitation, useInvitationPreview } from "../../api/members";
import { PublicLayout } from "../../components/public-layout";
import { QueryError } from "../../components/query-error";
import { roleDescriptions, roleLabels } from "../../labels/access-labels";
import { SignInFlow } from "../sign-in/sign-in-flow";
import { SignUpForm } from "./sign-up-form";

/**
 * `/invitations/:token`: what the invitation offers, then sign in (existing account) or sign up (new one), and
 * join the organization.
 */
export function InvitationPage() {
  const { token = "" } = useParams();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const welcome = async () => {
    if (!preview.data) return;
    // A fresh start for the new member (their `me` especially), keeping only this page's own answer.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "invitation-preview" });
    notifications.show({
      color: "green",
      title: "Welcome",
      message: `You joined ${preview.data.organizationName}.`,
    });
    await navigate("/", { replace: true });
  };
  // An existing account signs in first, then accepts; a new one is made, joined and signed in by the sign-up.
  const acceptThenWelcome = async () => {
    if (await accept.mutateAsync(token).catch(() => null)) await welcome();
  };

  return (
    <PublicLayout>
      <title>Invitation · Ward</title>
      {preview.isPending ? (
        <Skeleton height={200} aria-label="Loading the invitation" />
      ) : preview.isError ? (
        preview.error instanceof ApiError && preview.error.isNotFound ? (
          <InvalidInvitation />
        ) : (
          <QueryError title="Could not load the invitation" error={preview.error} onRetry={preview.refetch} />
        )
      ) : (
        <Stack>
          <Title order={1} size="h2">
            Join {preview.data.organizationName} on Ward
          </Title>
          <Text>
            You were invited as <strong>{preview.data.email}</strong> with the role{" "}
            <strong>{roleLabels[preview.data.role]}</strong>:{" "}
            {roleDescriptions[preview.data.role].toLowerCase()}.
          </Text>
          {accept.isError && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Could not join" role="alert">
              <Stack gap="xs">
                <Text size="sm">{describeError(accept.error)}</Text>
                <Anchor component={Link} to="/" size="sm">
                  Go to Ward
                </Anchor>
              </Stack>
            </Alert>
          )}
          {preview.data.accountExists ? (
            <>
              <Text size="sm" c="dimmed">
                You already have a Ward account. Sign in to accept.
              </Text>
              <SignInFlow email={preview.data.email} onSignedIn={acceptThenWelcome} />
            </>
          ) : (
            <SignUpForm token={token} email={preview.data.email} onJoined={welcome} />
          )}
        </Stack>
      )}
    </PublicLayout>
  );
}

function InvalidInvitation() {
  return (
    <Stack>
      <Title order={1} size="h2">
        This invitation link does not work
      </Title>
      <Text>
        It may have expired, been revoked, or been used already, or the link was cut short when it was copied.
        Ask an admin of your organization to send you a new invitation.
      </Text>
      <Anchor component={Link} to="/sign-in">
        Sign in to Ward
      </Anchor>
    </Stack>
  );
}
