import { createTheme } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  // Keyboard users always see where they are; mouse clicks do not leave rings behind.
  focusRing: "auto",
  defaultRadius: "sm",
});
