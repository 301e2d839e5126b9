import { Button, Group, Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  type ApiKeyScope,
  apiKeyScope,
  type CreatedApiKeyResponse,
  createApiKeyInput,
} from "@ward/contracts";
import { useCreateApiKey } from "../../api/api-keys";
import { schemaErrors } from "../../forms/form-errors";
import { FormSummary } from "../../forms/form-summary";
import { useSaveForm } from "../../forms/use-save-form";
import { apiKeyScopeLabels } from "../../labels/access-labels";

const scopeOptions = apiKeyScope.options.map((value) => ({ value, label: apiKeyScopeLabels[value] }));

const scopeDescriptions: Record<ApiKeyScope, string> = {
  read: "Acts as a viewer: reads and exports",
  read_write: "Acts as an analyst: also adds and edits records",
};

interface KeyValues {
  name: string;
  scope: ApiKeyScope;
}

/** Names a new key and picks its scope; the created key goes to `onCreated` to be shown once. */
export function CreateApiKeyForm({ onCreated }: { onCreated: (created: CreatedApiKeyResponse) => void }) {
  const create = useCreateApiKey();
  const form = useForm<KeyValues>({
    initialValues: { name: "", scope: "read" },
    validate: schemaErrors<KeyValues>(createApiKeyInput, (values) => values),
  });
  const { onSubmit, summary, submitting } = useSaveForm(form, async (values) => {
    onCreated(await create.mutateAsync({ ...values, name: values.name.trim() }));
    form.reset();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create an API key">
      <FormSummary message={summary} />
      <Group align="flex-start" gap="sm">
        <TextInput
          label="Name"
          description="What uses it, e.g. the GRC sync"
          required
          w={{ base: "100%", sm: 280 }}
          {...form.getInputProps("name")}
        />
        <Select
          label="Scope"
          data={scopeOptions}
          allowDeselect={false}
          required
          description={scopeDescriptions[form.values.scope]}
          w={{ base: "100%", sm: 260 }}
          {...form.getInputProps("scope")}
        />
        <Button type="submit" loading={submitting} mt={{ base: 0, sm: 45 }}>
          Create key
        </Button>
      </Group>
    </form>
  );
}
