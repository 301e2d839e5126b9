import { Badge, Button, Code, Table, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { ApiKeyDto } from "@ward/contracts";
import { useRevokeApiKey } from "../../api/api-keys";
import { ConfirmActionModal } from "../../components/confirm-action-modal";
import { apiKeyScopeLabels } from "../../labels/access-labels";
import { formatDateTime } from "../../labels/format";

/** Every key the organization has made, never the keys themselves: name, prefix, scope and use. */
export function ApiKeysTable({ keys }: { keys: ApiKeyDto[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="API keys" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Prefix</Table.Th>
            <Table.Th>Scope</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Td>{key.name}</Table.Td>
              <Table.Td>
                <Code>{key.prefix}…</Code>
              </Table.Td>
              <Table.Td>{apiKeyScopeLabels[key.scope]}</Table.Td>
              <Table.Td>{formatDateTime(key.createdAt)}</Table.Td>
              <Table.Td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "Never"}</Table.Td>
              <Table.Td>
                {key.revokedAt ? (
                  <Badge color="gray" variant="light" title={`Revoked ${formatDateTime(key.revokedAt)}`}>
                    Revoked
                  </Badge>
                ) : (
                  <Badge color="green" variant="light">
                    Active
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{!key.revokedAt && <RevokeKeyButton apiKey={key} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Revoking stops every integration using the key at once, so it asks first. */
function RevokeKeyButton({ apiKey }: { apiKey: ApiKeyDto }) {
  const [opened, { open, close }] = useDisclosure(false);
  const revoke = useRevokeApiKey();
  const confirm = () =>
    revoke.mutate(apiKey.id, {
      onSuccess: () => {
        close();
        notifications.show({
          color: "green",
          title: "Key revoked",
          message: `${apiKey.name} no longer works.`,
        });
      },
    });
  return (
    <>
      <Button size="xs" variant="subtle" color="red" onClick={open} aria-label={`Revoke ${apiKey.name}`}>
        Revoke
      </Button>
      <ConfirmActionModal
        opened={opened}
        onClose={close}
        title={`Revoke ${apiKey.name}?`}
        confirmLabel="Revoke key"
        onConfirm={confirm}
        pending={revoke.isPending}
        error={revoke.isError ? revoke.error : null}
      >
        Anything using this key is refused from now on. This cannot be undone.
      </ConfirmActionModal>
    </>
  );
}
