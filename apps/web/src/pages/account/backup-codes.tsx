import { Button, CopyButton, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";

/** The one-time backup codes, shown once at set-up, with a way to copy them all to a password manager. */
export function BackupCodes({ codes }: { codes: string[] }) {
  return (
    <Stack gap="xs">
      <Paper withBorder p="sm" bg="var(--mantine-color-default-hover)">
        <SimpleGrid
          cols={{ base: 2, xs: 3 }}
          spacing="xs"
          component="ul"
          style={{ listStyle: "none", padding: 0, margin: 0 }}
        >
          {codes.map((code) => (
            <Text key={code} component="li" ff="monospace" size="sm">
              {code}
            </Text>
          ))}
        </SimpleGrid>
      </Paper>
      <CopyButton value={codes.join("\n")} timeout={2000}>
        {({ copied, copy }) => (
          <Button
            variant="light"
            size="xs"
            onClick={copy}
            leftSection={copied ? <IconCheck aria-hidden size={14} /> : <IconCopy aria-hidden size={14} />}
            style={{ alignSelf: "flex-start" }}
          >
            {copied ? "Copied" : "Copy backup codes"}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}
