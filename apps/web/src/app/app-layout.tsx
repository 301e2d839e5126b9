import { Anchor, AppShell, Burger, Group, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconShieldHalf } from "@tabler/icons-react";
import { Link, Outlet, ScrollRestoration } from "react-router";
import classes from "./app-layout.module.css";
import { MainNav } from "./main-nav";
import { UserMenu } from "./user-menu";

/** The frame around every page: header, navigation, and the page itself. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#main" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
          <Anchor component={Link} to="/" underline="never" c="inherit">
            <Group gap={6}>
              <IconShieldHalf aria-hidden size={24} />
              {/* Not a heading: each page's own title is its h1. */}
              <Text fw={700} fz="xl">
                Ward
              </Text>
            </Group>
          </Anchor>
          <Text size="sm" c="dimmed" visibleFrom="lg">
            Health-IT vendor risk
          </Text>
          <Group ml="auto">
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <MainNav onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      <ScrollRestoration />
    </AppShell>
  );
}
