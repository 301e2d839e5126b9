import { MantineProvider } from "@mantine/core";
import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense } from "react";
import { theme } from "./theme";

/**
 * The notification stack and its transitions load after the page: a notice is only ever shown after someone acts,
 * and `notifications.show` keeps what it is given until the stack is there to draw it.
 */
const NotificationStack = lazy(async () => ({
  default: (await import("./notification-stack")).NotificationStack,
}));

/** Everything a Ward screen needs around it: theme, notifications and the server-state cache. */
export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme}>
      <Suspense fallback={null}>
        <NotificationStack />
      </Suspense>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
