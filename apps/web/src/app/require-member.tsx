import { Button, Center, Loader, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { ApiError } from "../api/api-error";
import { useMe } from "../api/me";
import { useSignOut } from "../api/sign-out";
import { PublicLayout } from "../components/public-layout";
import { QueryError } from "../components/query-error";
import { signInPath } from "./access-redirect";

/** The one page a member who still owes two-factor set-up may open. */
export const MFA_SETUP_PATH = "/account/security";

/**
 * Every app page sits behind this: it waits for `me`, sends people who are not signed in to /sign-in (with a
 * way back), and keeps members whose organization requires two-factor authentication on the set-up page until
 * they have it.
 */
export function RequireMember({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <Center mih="100vh" aria-busy="true">
        <Stack align="center" gap="xs">
          <Loader aria-hidden />
          <Text c="dimmed">Checking your session…</Text>
        </Stack>
      </Center>
    );
  }
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.status === 401) {
      return <Navigate to={signInPath(location)} replace />;
    }
    if (me.error instanceof ApiError && me.error.code === "FORBIDDEN") return <NoOrganization />;
    return (
      <PublicLayout>
        <QueryError title="Could not check your session" error={me.error} onRetry={me.refetch} />
      </PublicLayout>
    );
  }
  if (me.data.mfaSetupRequired && location.pathname !== MFA_SETUP_PATH) {
    return <Navigate to={MFA_SETUP_PATH} replace />;
  }
  return children;
}

/** Signed in, but in no organization: removed by an admin, or an invitation not yet accepted. */
function NoOrganization() {
  const signOut = useSignOut();
  return (
    <PublicLayout>
      <Stack>
        <title>No organization · Ward</title>
        <Title order={1} size="h2">
          You are not a member of any organization
        </Title>
        <Text>
          Your account exists, but no organization has you as a member: an admin may have removed you. Ask an
          admin for a new invitation, then open its link.
        </Text>
        <Button variant="default" onClick={() => signOut.mutate()} loading={signOut.isPending}>
          Sign out
        </Button>
      </Stack>
    </PublicLayout>
  );
}
