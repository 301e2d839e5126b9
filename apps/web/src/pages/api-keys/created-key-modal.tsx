import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { CreatedApiKeyResponse } from "@ward/contracts";
import { CopyValue } from "../../components/copy-value";

interface CreatedKeyModalProps {
  created: CreatedApiKeyResponse | null;
  onClose: () => void;
}

/**
 * The new key, shown this once: Ward keeps only its hash, so closing the modal forgets it for good. Clicking
 * outside does not close it, so nobody loses a key to a stray click.
 */
export function CreatedKeyModal({ created, onClose }: CreatedKeyModalProps) {
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title={created ? `API key "${created.apiKey.name}" created` : "API key created"}
      closeOnClickOutside={false}
      size="lg"
      centered
    >
      {created && (
        <Stack>
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="Copy the key now">
            This is the only time Ward shows it. Store it in your integration's secret store; if it is lost,
            revoke it and create a new one.
          </Alert>
          <CopyValue value={created.key} label="Copy API key" />
          <Text size="sm" c="dimmed">
            Send it as <code>Authorization: Bearer {created.apiKey.prefix}…</code> with each request.
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>I have copied the key</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
