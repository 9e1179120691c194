import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ProgressCounts } from '../../core/sampling/summariseProgress';
import type { PlanningProgress } from './PlanningPanelProps';

const COLUMNS = ['Not started', 'In progress', 'Complete', 'Not audited', 'Escalations', 'Sampled'] as const;

const figures = (c: ProgressCounts, escalations: number) => [
  c.notStarted,
  c.inProgress,
  c.audited,
  c.notAudited,
  escalations,
  c.sampled,
];

/** The status board: a row per auditor and one overall, each auditor's name a row header for screen readers. */
export function ProgressTable({ progress }: { readonly progress: PlanningProgress }) {
  const { summary, escalationsByAuditor } = progress;
  const rows = [
    ...summary.byAuditor.map((c) => ({
      name: c.auditor === '' ? '(no auditor)' : c.auditor,
      values: figures(c, escalationsByAuditor.get(c.auditor) ?? 0),
    })),
    { name: 'Overall', values: figures(summary, progress.escalations) },
  ];
  return (
    <Table size="small" aria-label="Progress by auditor">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Auditor</TableHeaderCell>
          {COLUMNS.map((c) => (
            <TableHeaderCell key={c} scope="col">
              {c}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.name}>
            <TableHeaderCell scope="row">{row.name}</TableHeaderCell>
            {row.values.map((v, i) => (
              <TableCell key={COLUMNS[i]}>{v}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
