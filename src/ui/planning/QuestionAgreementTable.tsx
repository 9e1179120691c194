import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
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
  readonly perChoice: boolean;
}

const useStyles = makeStyles({
  // The question's row and the rows under it read as one item: a rule between items, none inside one.
  inside: { borderBottomStyle: 'none' },
  question: { paddingTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalXS },
});

/**
 * Agreement per question: compared, agreed, % agreement and kappa. Each question's label has a row of its
 * own above its figures (a row group): a task pane is 320 px wide, where a label column beside four figure
 * columns wrapped a word a line. A kappa that cannot be given says why on a line below. A select_multiple
 * question has a group per choice below its own, each with its ticked / not-ticked kappa.
 */
export function QuestionAgreementTable({ label, questions, questionSet }: QuestionAgreementTableProps) {
  const styles = useStyles();
  const id = useId();
  const labelOf = (name: string) => questionSet?.find((q) => q.name === name)?.label ?? name;
  const choiceLabel = (q: string, c: string) =>
    questionSet?.find((x) => x.name === q)?.choices.find((x) => x.name === c)?.label ?? c;
  const rows: Row[] = questions.flatMap((q) => [
    {
      key: q.question,
      name: labelOf(q.question),
      tally: q,
      kappa: q.kappa,
      perChoice: q.perChoice !== undefined,
    },
    ...(q.perChoice ?? []).map((c) => ({
      key: `${q.question}/${c.choice}`,
      name: `${labelOf(q.question)}: ${choiceLabel(q.question, c.choice)} ticked`,
      tally: c,
      kappa: c.kappa,
      perChoice: false,
    })),
  ]);
  return (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Compared</TableHeaderCell>
          <TableHeaderCell scope="col">Agreed</TableHeaderCell>
          <TableHeaderCell scope="col">% agreement</TableHeaderCell>
          <TableHeaderCell scope="col">Kappa</TableHeaderCell>
        </TableRow>
      </TableHeader>
      {rows.map((row, i) => {
        const reason = row.kappa?.value === null ? row.kappa.reason : null;
        const reasonId = `${id}-reason-${i}`;
        return (
          <TableBody key={row.key}>
            <TableRow className={styles.inside}>
              <TableHeaderCell scope="rowgroup" colSpan={4} className={styles.question}>
                {row.name}
              </TableHeaderCell>
            </TableRow>
            <TableRow className={reason === null ? undefined : styles.inside}>
              <TableCell>{row.tally.compared}</TableCell>
              <TableCell>{row.tally.agreed}</TableCell>
              <TableCell>{agreementPercent(row.tally)}</TableCell>
              <KappaCell
                kappa={row.kappa}
                perChoice={row.perChoice}
                {...(reason === null ? {} : { reasonId })}
              />
            </TableRow>
            {reason !== null && (
              <TableRow>
                <TableCell colSpan={4} className={styles.reason}>
                  <Text size={200} id={reasonId}>
                    No kappa: {reason}
                  </Text>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        );
      })}
    </Table>
  );
}
