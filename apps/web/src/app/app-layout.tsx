import { Anchor, AppShell, Burger, Group, NavLink, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconApi, IconBuildingHospital, IconShieldHalf } from "@tabler/icons-react";
import { Link, Outlet, NavLink as RouterNavLink, ScrollRestoration, useLocation } from "react-router";
import classes from "./app-layout.module.css";

/** The frame around every page: header, navigation, and the page itself. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const inPortfolio = pathname === "/" || pathname.startsWith("/vendors");

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
          <Text size="sm" c="dimmed" visibleFrom="sm">
            Health-IT vendor risk
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <NavLink
          component={RouterNavLink}
          to="/"
          label="Portfolio"
          leftSection={<IconBuildingHospital aria-hidden size={18} />}
          active={inPortfolio}
          onClick={close}
        />
        <NavLink href="/api/docs" label="API reference" leftSection={<IconApi aria-hidden size={18} />} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      <ScrollRestoration />
    </AppShell>
  );
}
