import { Tab, TabList } from '@fluentui/react-components';

export interface SheetTabsProps {
  readonly sheets: readonly string[];
  readonly active: string | null;
  readonly onActivate: (sheet: string) => void;
}

/** The workbook's sheet tabs, in order; the active one is the sheet Excel (here, the simulator) shows. */
export function SheetTabs({ sheets, active, onActivate }: SheetTabsProps) {
  return (
    <TabList
      size="small"
      aria-label="Sheets"
      selectedValue={active ?? undefined}
      onTabSelect={(_, data) => onActivate(String(data.value))}
    >
      {sheets.map((name) => (
        <Tab key={name} value={name}>
          {name}
        </Tab>
      ))}
    </TabList>
  );
}
