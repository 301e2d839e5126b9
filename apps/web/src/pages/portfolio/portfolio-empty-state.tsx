import { Button, EmptyState } from "@mantine/core";
import { IconBuildingHospital, IconFilterOff } from "@tabler/icons-react";
import { Link } from "react-router";
import { useCan } from "../../api/me";

/** The portfolio before the first vendor is added. */
export function NoVendorsYet() {
  const canWrite = useCan("vendor:write");
  return (
    <EmptyState
      icon={<IconBuildingHospital aria-hidden />}
      variant="light"
      title="No vendors yet"
      description={
        canWrite
          ? "Add the health-IT vendors your hospital buys from to start assessing their risk."
          : "Nobody has added vendors yet. Analysts and admins can add them."
      }
    >
      {canWrite && (
        <EmptyState.Actions>
          <Button component={Link} to="/vendors/new">
            Add vendor
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}

/** A search or filter that matched nothing; the portfolio itself is not empty. */
export function NoVendorsMatch({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      icon={<IconFilterOff aria-hidden />}
      title="No vendors match"
      description="No vendor matches this search and these filters."
    >
      <EmptyState.Actions>
        <Button variant="light" onClick={onClear}>
          Clear filters
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
