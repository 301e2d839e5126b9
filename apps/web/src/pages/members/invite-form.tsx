import { Button, Group, Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { createInvitationInput, type Role, role as roleSchema } from "@ward/contracts";
import { useCreateInvitation } from "../../api/members";
import { schemaErrors } from "../../forms/form-errors";
import { FormSummary } from "../../forms/form-summary";
import { useSaveForm } from "../../forms/use-save-form";
import { roleDescriptions, roleLabels } from "../../labels/access-labels";

const roleOptions = roleSchema.options.map((value) => ({ value, label: roleLabels[value] }));

interface InviteValues {
  email: string;
  role: Role;
}

/** Invites a person by email. Without SMTP the link waits in the outbox, so the notice points there. */
export function InviteForm() {
  const create = useCreateInvitation();
  const form = useForm<InviteValues>({
    initialValues: { email: "", role: "viewer" },
    validate: schemaErrors<InviteValues>(createInvitationInput, (values) => values),
  });
  const { onSubmit, summary, submitting } = useSaveForm(form, async (values) => {
    const invitation = await create.mutateAsync(values);
    notifications.show({
      color: "green",
      title: "Invitation created",
      // Plain text: notifications render outside the router, so they cannot hold a router link.
      message: `${invitation.email} is invited. If Ward does not send email, copy the link from the Outbox page.`,
    });
    form.reset();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Invite a member">
      <FormSummary message={summary} />
      <Group align="flex-start" gap="sm">
        <TextInput
          label="Email"
          type="email"
          required
          w={{ base: "100%", sm: 280 }}
          {...form.getInputProps("email")}
        />
        <Select
          label="Role"
          data={roleOptions}
          allowDeselect={false}
          required
          description={roleDescriptions[form.values.role]}
          w={{ base: "100%", sm: 200 }}
          {...form.getInputProps("role")}
        />
        <Button type="submit" loading={submitting} mt={{ base: 0, sm: 25 }}>
          Invite
        </Button>
      </Group>
    </form>
  );
}
