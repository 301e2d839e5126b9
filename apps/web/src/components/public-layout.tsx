import { Center, Container, Group, Paper, Text } from "@mantine/core";
import { IconShieldHalf } from "@tabler/icons-react";
import type { ReactNode } from "react";

/** The frame of pages people see before they are signed in: sign-in and invitation links. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" component="main" id="main">
      <Container size={460} w="100%" px={0}>
        <Group gap={6} justify="center" mb="lg">
          <IconShieldHalf aria-hidden size={28} />
          <Text fw={700} fz={26}>
            Ward
          </Text>
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {children}
        </Paper>
      </Container>
    </Center>
  );
}
