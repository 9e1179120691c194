import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { Count, Findings, QuestionFinding } from '../../core/findings/Findings';
import { CaseDrillDown } from './CaseDrillDown';
import { countDrillDown } from './drillDown';
import { percentText } from './figureText';

export interface FrequencyTableProps {
  readonly findings: Findings;
  readonly question: QuestionFinding;
  readonly chosen: string | null;
  readonly onChoose: (key: string | null) => void;
  readonly onSelectCases: (caseIds: string[]) => Promise<void>;
}

interface Row {
  readonly key: string;
  readonly label: string;
  readonly count: Count;
}

/**
 * One question's choices with n and %, then answered, not applicable and missing, each with what its
 * percentage is of: every figure carries its own denominator. A count with cases behind it is a link
 * that lists them below the table.
 */
export function FrequencyTable({ findings, question, chosen, onChoose, onSelectCases }: FrequencyTableProps) {
  const regionId = useId();
  const decimals = findings.settings.decimals;
  const prefix = `question:${question.name}:`;
  const rows: Row[] = [
    ...question.choices.map((c) => ({ key: `choice:${c.name}`, label: c.label, count: c.count })),
    { key: 'answered', label: 'Answered (% of applicable)', count: question.answered },
    { key: 'missing', label: 'Missing (% of applicable)', count: question.missing },
    { key: 'notApplicable', label: 'Not applicable (% of included)', count: question.notApplicable },
  ];
  const open = rows.find((r) => chosen === prefix + r.key);
  return (
    <div>
      <Text as="p" block size={200}>
        Choice percentages are of the {question.answered.n} cases that answered.
      </Text>
      <Table size="small" aria-label={`${question.label}: answers`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Answer</TableHeaderCell>
            <TableHeaderCell>n</TableHeaderCell>
            <TableHeaderCell>%</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>{row.label}</TableCell>
              <TableCell>
                {row.count.cases.size === 0 ? (
                  row.count.n
                ) : (
                  <Link
                    as="button"
                    aria-label={`${row.count.n}: cases behind ${row.label}`}
                    aria-expanded={open === row}
                    onClick={() => onChoose(open === row ? null : prefix + row.key)}
                  >
                    {String(row.count.n)}
                  </Link>
                )}
              </TableCell>
              <TableCell>{percentText(row.count, decimals)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {open && (
        <CaseDrillDown
          id={regionId}
          drill={countDrillDown(findings, question, open.label, open.count)}
          onSelectCases={onSelectCases}
        />
      )}
      {question.type === 'select_multiple' && (
        <Text size={200}>
          A case can choose several answers, so the choices can add up to more than 100%.
        </Text>
      )}
    </div>
  );
}
