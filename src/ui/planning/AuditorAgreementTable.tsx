import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { AuditorAgreement } from '../../core/moderation/AgreementReport';
import { agreementPercent } from './tallyText';

/** Agreement per (first) auditor over every question compared in their moderated cases. */
export function AuditorAgreementTable({ auditors }: { readonly auditors: readonly AuditorAgreement[] }) {
  return (
    <Table size="small" aria-label="Agreement by auditor">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Auditor</TableHeaderCell>
          <TableHeaderCell scope="col">Cases moderated</TableHeaderCell>
          <TableHeaderCell scope="col">Answers compared</TableHeaderCell>
          <TableHeaderCell scope="col">Agreed</TableHeaderCell>
          <TableHeaderCell scope="col">% agreement</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {auditors.map((a) => (
          <TableRow key={a.auditor}>
            <TableHeaderCell scope="row">{a.auditor === '' ? '(no auditor)' : a.auditor}</TableHeaderCell>
            <TableCell>{a.cases}</TableCell>
            <TableCell>{a.compared}</TableCell>
            <TableCell>{a.agreed}</TableCell>
            <TableCell>{agreementPercent(a)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
