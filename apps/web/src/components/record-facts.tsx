import { DataList, type DataListProps } from "@mantine/core";
import { usePhoneLayout } from "./use-phone-layout";

/**
 * A record's facts as label and value pairs: side by side with the label column `labelWidth` wide, and on a phone
 * the label above its value, where a 170–200 px label column left values a squeezed strip and cut their badges.
 */
export function RecordFacts({ labelWidth, ...props }: DataListProps) {
  const phone = usePhoneLayout();
  return phone ? (
    <DataList {...props} orientation="vertical" />
  ) : (
    <DataList {...props} labelWidth={labelWidth} />
  );
}
