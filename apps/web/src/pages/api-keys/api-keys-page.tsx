import { Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import type { CreatedApiKeyResponse } from "@ward/contracts";
import { useState } from "react";
import { useApiKeys } from "../../api/api-keys";
import { QueryError } from "../../components/query-error";
import { ApiKeysTable } from "./api-keys-table";
import { CreateApiKeyForm } from "./create-api-key-form";
import { CreatedKeyModal } from "./created-key-modal";

/** `/api-keys` (admins): keys for integrations that call Ward's API without a person signing in. */
export function ApiKeysPage() {
  const keys = useApiKeys();
  // Held only until the modal closes: the key exists nowhere else in the app.
  const [created, setCreated] = useState<CreatedApiKeyResponse | null>(null);

  return (
    <Stack gap="xl">
      <title>API keys · Ward</title>
      <div>
        <Title order={1}>API keys</Title>
        <Text c="dimmed">
          Keys let other systems read or update Ward through its API. Each acts with a fixed role and shows up
          in the audit log under its name.
        </Text>
      </div>
      <Paper withBorder p="md">
        <CreateApiKeyForm onCreated={setCreated} />
      </Paper>
      {keys.isPending ? (
        <Skeleton height={160} aria-label="Loading API keys" />
      ) : keys.isError ? (
        <QueryError title="Could not load API keys" error={keys.error} onRetry={keys.refetch} />
      ) : keys.data.items.length === 0 ? (
        <Text c="dimmed">No API keys yet.</Text>
      ) : (
        <ApiKeysTable keys={keys.data.items} />
      )}
      <CreatedKeyModal created={created} onClose={() => setCreated(null)} />
    </Stack>
  );
}
