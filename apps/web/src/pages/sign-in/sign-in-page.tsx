import { Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";
import { useHealth } from "../../api/health";
import { safeNextPath } from "../../app/access-redirect";
import { PublicLayout } from "../../components/public-layout";
import { SignInFlow } from "./sign-in-flow";

/** `/sign-in?next=…`: email and password, then the second factor when the account has one. */
export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const next = safeNextPath(searchParams.get("next"));
  const demo = useHealth().data?.demo === true;

  return (
    <PublicLayout>
      <Stack>
        <title>Sign in · Ward</title>
        <Title order={1} size="h2">
          Sign in to Ward
        </Title>
        <SignInFlow
          onSignedIn={() => {
            // Anything cached belonged to whoever used this browser before (or to nobody): start clean.
            queryClient.clear();
            return navigate(next, { replace: true });
          }}
        />
        {/* Only when demo data is on; names the fixed demo addresses, never a password. */}
        {demo && (
          <Text size="xs" c="dimmed">
            Trying the demo? Sign in as admin@demo.ward.test, analyst@demo.ward.test or viewer@demo.ward.test.
            The password is WARD_DEMO_PASSWORD, or else printed in the server's log when Ward first starts.
          </Text>
        )}
      </Stack>
    </PublicLayout>
  );
}
