import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AgreementReport, Disagreement } from '../../core/moderation/AgreementReport';
import type { Question } from '../../core/questions/QuestionSet';
import { AuditorAgreementTable } from './AuditorAgreementTable';
import { DisagreementItem } from './DisagreementItem';
import { ProblemsBar } from './ProblemsBar';
import { QuestionAgreementTable } from './QuestionAgreementTable';
import { agreementPercent } from './tallyText';

export interface AgreementReportViewProps {
  readonly report: AgreementReport;
  readonly questions: readonly Question[] | undefined;
  readonly lead: string;
  readonly onResolveDisagreement: (d: Disagreement, resolution: string, resolvedBy: string) => Promise<void>;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  // A browser's 40px list indent is an eighth of a 320 px pane; the bullets need a third of that.
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'grid',
    rowGap: tokens.spacingVerticalM,
  },
});

/** How far the moderator agreed with the first audits, per question and per auditor, and what to resolve. */
export function AgreementReportView({
  report,
  questions,
  lead,
  onResolveDisagreement,
  onSelectCell,
}: AgreementReportViewProps) {
  const styles = useStyles();
  const questionOf = (name: string) => questions?.find((q) => q.name === name);
  return (
    <>
      <Text as="p" block>
        {report.cases} {report.cases === 1 ? 'case' : 'cases'} audited twice: {report.agreed} of{' '}
        {report.compared} answers compared agree ({agreementPercent(report)}).
      </Text>
      {report.problems.length > 0 && (
        <ProblemsBar
          intent="warning"
          title="Not compared"
          problems={report.problems}
          onSelectCell={onSelectCell}
        />
      )}
      <h4>By question</h4>
      <QuestionAgreementTable
        label="Agreement by question"
        questions={report.questions}
        questionSet={questions}
      />
      <h4>By auditor</h4>
      <AuditorAgreementTable auditors={report.byAuditor} />
      <Accordion collapsible multiple>
        {report.byAuditor.map((a) => (
          <AccordionItem key={a.auditor} value={a.auditor}>
            <AccordionHeader>{`${a.auditor || '(no auditor)'}: by question`}</AccordionHeader>
            <AccordionPanel>
              <QuestionAgreementTable
                label={`Agreement by question for ${a.auditor || '(no auditor)'}`}
                questions={a.questions}
                questionSet={questions}
              />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <h4>Disagreements to resolve</h4>
      {report.disagreements.length === 0 ? (
        <Text as="p" block>
          No disagreements.
        </Text>
      ) : (
        <ul aria-label="Disagreements" className={styles.list}>
          {report.disagreements.map((d) => (
            <DisagreementItem
              key={`${d.caseId}/${d.question}`}
              disagreement={d}
              question={questionOf(d.question)}
              lead={lead}
              onResolve={onResolveDisagreement}
              onSelectCell={onSelectCell}
            />
          ))}
        </ul>
      )}
    </>
  );
}
