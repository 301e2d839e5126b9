import { Notifications } from "@mantine/notifications";

/**
 * Mantine's notification stack, in a module of its own so that loading it lazily fetches only the stack and its
 * transitions; a lazy import of the package itself would pull in the whole package, store included, with it.
 */
export function NotificationStack() {
  // Mantine's stack is 440 px wide: on a phone it ran off the right edge and hid the close button.
  return <Notifications position="top-right" containerWidth="min(440px, calc(100vw - 2rem))" />;
}
