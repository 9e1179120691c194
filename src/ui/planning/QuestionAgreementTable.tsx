import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { Kappa } from '../../core/moderation/cohensKappa';
import type { QuestionAgreement, Tally } from '../../core/moderation/AgreementReport';
import type { Question } from '../../core/questions/QuestionSet';
import { KappaCell } from './KappaCell';
import { agreementPercent } from './tallyText';

export interface QuestionAgreementTableProps {
  readonly label: string;
  readonly questions: readonly QuestionAgreement[];
  readonly questionSet: readonly Question[] | undefined;
}

interface Row {
  readonly key: string;
  readonly name: string;
  readonly tally: Tally;
  readonly kappa: Kappa | undefined;
}

/**
 * Agreement per question: compared, agreed, % agreement and kappa. A select_multiple question has a
 * row per choice below its own, each with its ticked / not-ticked kappa.
 */
export function QuestionAgreementTable({ label, questions, questionSet }: QuestionAgreementTableProps) {
  const labelOf = (name: string) => questionSet?.find((q) => q.name === name)?.label ?? name;
  const choiceLabel = (q: string, c: string) =>
    questionSet?.find((x) => x.name === q)?.choices.find((x) => x.name === c)?.label ?? c;
  const rows: Row[] = questions.flatMap((q) => [
    { key: q.question, name: labelOf(q.question), tally: q, kappa: q.kappa },
    ...(q.perChoice ?? []).map((c) => ({
      key: `${q.question}/${c.choice}`,
      name: `${labelOf(q.question)}: ${choiceLabel(q.question, c.choice)} ticked`,
      tally: c,
      kappa: c.kappa,
    })),
  ]);
  return (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Question</TableHeaderCell>
          <TableHeaderCell scope="col">Compared</TableHeaderCell>
          <TableHeaderCell scope="col">Agreed</TableHeaderCell>
          <TableHeaderCell scope="col">% agreement</TableHeaderCell>
          <TableHeaderCell scope="col">Kappa</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableHeaderCell scope="row">{row.name}</TableHeaderCell>
            <TableCell>{row.tally.compared}</TableCell>
            <TableCell>{row.tally.agreed}</TableCell>
            <TableCell>{agreementPercent(row.tally)}</TableCell>
            <KappaCell kappa={row.kappa} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
