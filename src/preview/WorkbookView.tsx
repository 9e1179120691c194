import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { SimWorkbook } from '../excel-sim';
import { parseAddress } from '../excel-sim/model/address';
import { chartData } from './chartData';
import { ChartView } from './ChartView';
import { SheetGrid } from './SheetGrid';
import { SheetTabs } from './SheetTabs';
import { useWorkbookSnapshot } from './useWorkbookSnapshot';

const useStyles = makeStyles({
  view: { display: 'grid', gridTemplateRows: 'auto 1fr', minHeight: 0, height: '100%' },
  body: { display: 'grid', gridTemplateColumns: '1fr auto', minHeight: 0 },
  charts: {
    overflowY: 'auto',
    padding: tokens.spacingHorizontalS,
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
    alignContent: 'start',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** A live view of the simulated workbook: its tabs, the active sheet's cells and the charts on it. */
export function WorkbookView({ workbook }: { readonly workbook: SimWorkbook }) {
  const styles = useStyles();
  const snapshot = useWorkbookSnapshot(workbook);
  const sheet = snapshot.sheets.find((s) => s.name === snapshot.activeSheet) ?? snapshot.sheets[0];
  const selection = useMemo(() => {
    const selected = snapshot.selection;
    if (!selected || selected.sheet !== sheet?.name) return null;
    try {
      return parseAddress(selected.address).rect;
    } catch {
      return null;
    }
  }, [snapshot.selection, sheet?.name]);
  const charts = sheet ? sheet.charts.map((c) => chartData(snapshot, sheet.name, c)) : [];

  // Clicks act as a person would, so the pane hears about them through its selection handler.
  const select = (name: string, address: string) => void workbook.select(name, address).catch(() => {});
  return (
    <div className={styles.view}>
      <SheetTabs
        sheets={snapshot.sheets.map((s) => s.name)}
        active={sheet?.name ?? null}
        onActivate={(name) => select(name, 'A1')}
      />
      {sheet ? (
        <div className={styles.body}>
          <SheetGrid
            sheet={sheet}
            selection={selection}
            onSelect={(address) => select(sheet.name, address)}
          />
          {charts.length > 0 && (
            <div className={styles.charts} role="region" aria-label={`Charts on ${sheet.name}`} tabIndex={0}>
              {charts.map((chart, i) => (
                <ChartView key={i} chart={chart} />
              ))}
            </div>
          )}
        </div>
      ) : (
        <Text>The workbook has no sheets.</Text>
      )}
    </div>
  );
}
