import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { Allocation } from '../../core/allocation/Allocation';

type Allocated = Extract<Allocation, { kind: 'allocated' }>;

/** Each auditor's share after allocating, and how many of them were given an auditor just now. */
export function AllocationResult({ allocation }: { readonly allocation: Allocated }) {
  const fresh = new Set(allocation.newlyAllocated);
  return (
    <div>
      <Table size="small" aria-label="Cases per auditor">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Auditor</TableHeaderCell>
            <TableHeaderCell scope="col">Cases</TableHeaderCell>
            <TableHeaderCell scope="col">Allocated now</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {allocation.byAuditor.map((entry) => (
            <TableRow key={entry.auditor}>
              <TableHeaderCell scope="row">{entry.auditor}</TableHeaderCell>
              <TableCell>{entry.caseIds.length}</TableCell>
              <TableCell>{entry.caseIds.filter((id) => fresh.has(id)).length}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
