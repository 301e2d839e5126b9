import { ActionIcon, Code, CopyButton, Group, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";

interface CopyValueProps {
  value: string;
  /** Names the value for screen readers: "Copy invitation link". */
  label: string;
}

/** A value to hand on (a link, a key, a secret), shown whole with a button that copies it. */
export function CopyValue({ value, label }: CopyValueProps) {
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code style={{ wordBreak: "break-all", flex: 1 }}>{value}</Code>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? "Copied" : label} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? "teal" : "gray"}
              onClick={copy}
              aria-label={copied ? "Copied" : label}
            >
              {copied ? <IconCheck aria-hidden size={16} /> : <IconCopy aria-hidden size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
