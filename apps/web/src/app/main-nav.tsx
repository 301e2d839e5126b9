import { NavLink } from "@mantine/core";
import {
  IconApi,
  IconBuildingHospital,
  IconClockPlay,
  IconHistory,
  IconKey,
  IconMail,
  IconSettings,
  IconUsers,
} from "@tabler/icons-react";
import type { Permission } from "@ward/contracts";
import type { ReactNode } from "react";
import { NavLink as RouterNavLink, useLocation } from "react-router";
import { useMe } from "../api/me";

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Shown only to roles with this permission; the pages check it again. */
  permission: Permission;
}

const icon = { "aria-hidden": true, size: 18 } as const;

const items: NavItem[] = [
  { to: "/audit", label: "Audit log", icon: <IconHistory {...icon} />, permission: "audit:read" },
  { to: "/members", label: "Members", icon: <IconUsers {...icon} />, permission: "member:manage" },
  { to: "/api-keys", label: "API keys", icon: <IconKey {...icon} />, permission: "api_key:manage" },
  { to: "/outbox", label: "Outbox", icon: <IconMail {...icon} />, permission: "member:manage" },
  { to: "/jobs", label: "Jobs", icon: <IconClockPlay {...icon} />, permission: "settings:manage" },
  { to: "/settings", label: "Settings", icon: <IconSettings {...icon} />, permission: "settings:manage" },
];

/** The side navigation, with only the pages the reader's role opens. */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  const me = useMe();
  const permissions = me.data?.permissions ?? [];
  // Until two-factor set-up is done every other page sends the member back, so offering them would mislead.
  if (me.data?.mfaSetupRequired) return null;

  return (
    <>
      <NavLink
        component={RouterNavLink}
        to="/"
        label="Portfolio"
        leftSection={<IconBuildingHospital {...icon} />}
        active={pathname === "/" || pathname.startsWith("/vendors")}
        onClick={onNavigate}
      />
      {items
        .filter((item) => permissions.includes(item.permission))
        .map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={item.label}
            leftSection={item.icon}
            onClick={onNavigate}
          />
        ))}
      <NavLink href="/api/docs" label="API reference" leftSection={<IconApi {...icon} />} />
    </>
  );
}
