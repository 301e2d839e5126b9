import { Alert } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";

/** The part of a failed save that belongs to no single field. */
export function FormSummary({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Not saved" role="alert">
      {message}
    </Alert>
  );
}
