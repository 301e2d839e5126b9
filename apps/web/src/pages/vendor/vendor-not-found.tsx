import { Anchor, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

export function VendorNotFound() {
  return (
    <Stack gap="sm">
      <title>Vendor not found · Ward</title>
      <Title order={1}>Vendor not found</Title>
      <Text>This vendor does not exist in your portfolio. It may have been deleted.</Text>
      <Anchor component={Link} to="/">
        Back to the vendor portfolio
      </Anchor>
    </Stack>
  );
}
