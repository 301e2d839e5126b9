import { DataList } from "@mantine/core";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { atPhoneWidth } from "../test/phone-width";
import { renderWithProviders } from "../test/render";
import { RecordFacts } from "./record-facts";

function facts() {
  renderWithProviders(
    <RecordFacts labelWidth={200}>
      <DataList.Item>
        <DataList.ItemLabel>Records affected</DataList.ItemLabel>
        <DataList.ItemValue>501 placeholder count</DataList.ItemValue>
      </DataList.Item>
    </RecordFacts>,
  );
  return screen.getByText("Records affected").closest("[data-orientation]");
}

describe("a record's facts", () => {
  it("sit beside their labels on a wide screen", () => {
    expect(facts()).toHaveAttribute("data-orientation", "horizontal");
  });

  it("stack under their labels on a phone, where a label column would squeeze the values", () => {
    atPhoneWidth();
    expect(facts()).toHaveAttribute("data-orientation", "vertical");
  });
});
