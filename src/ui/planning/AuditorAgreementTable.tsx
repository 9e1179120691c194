import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AuditorAgreement } from '../../core/moderation/AgreementReport';
import { agreementPercent } from './tallyText';

const useStyles = makeStyles({
  inside: { borderBottomStyle: 'none' },
  auditor: { paddingTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
});

/**
 * Agreement per (first) auditor over every question compared in their moderated cases. As the table by
 * question, each auditor's name heads a row group above the figures, so four columns share a 320 px pane.
 */
export function AuditorAgreementTable({ auditors }: { readonly auditors: readonly AuditorAgreement[] }) {
  const styles = useStyles();
  return (
    <Table size="small" aria-label="Agreement by auditor">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Cases</TableHeaderCell>
          <TableHeaderCell scope="col">Compared</TableHeaderCell>
          <TableHeaderCell scope="col">Agreed</TableHeaderCell>
          <TableHeaderCell scope="col">% agreement</TableHeaderCell>
        </TableRow>
      </TableHeader>
      {auditors.map((a) => (
        <TableBody key={a.auditor}>
          <TableRow className={styles.inside}>
            <TableHeaderCell scope="rowgroup" colSpan={4} className={styles.auditor}>
              {a.auditor === '' ? '(no auditor)' : a.auditor}
            </TableHeaderCell>
          </TableRow>
          <TableRow>
            <TableCell>{a.cases}</TableCell>
            <TableCell>{a.compared}</TableCell>
            <TableCell>{a.agreed}</TableCell>
            <TableCell>{agreementPercent(a)}</TableCell>
          </TableRow>
        </TableBody>
      ))}
    </Table>
  );
}
