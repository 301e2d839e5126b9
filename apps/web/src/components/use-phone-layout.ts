import { useMantineTheme } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";

/**
 * True below the theme's `sm` breakpoint, where a table would scroll sideways and hide its row controls. Read
 * on the first render (the app has no server rendering), so a phone never flashes the wide layout first.
 */
export function usePhoneLayout(): boolean {
  const theme = useMantineTheme();
  return useMediaQuery(`(max-width: calc(${theme.breakpoints.sm} - 0.1px))`, false, {
    getInitialValueInEffect: false,
  });
}
