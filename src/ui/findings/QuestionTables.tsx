import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text } from '@fluentui/react-components';
import type { Findings } from '../../core/findings/Findings';
import { FrequencyTable } from './FrequencyTable';

export interface QuestionTablesProps {
  readonly findings: Findings;
  readonly chosen: string | null;
  readonly onChoose: (key: string | null) => void;
  readonly onSelectCases: (caseIds: string[]) => Promise<void>;
}

/** A collapsible frequency table per select question: closed at first, since a form has dozens. */
export function QuestionTables({ findings, chosen, onChoose, onSelectCases }: QuestionTablesProps) {
  if (findings.questions.length === 0)
    return (
      <Text as="p" block>
        The form has no choice questions to count.
      </Text>
    );
  return (
    <Accordion multiple collapsible>
      {findings.questions.map((question) => (
        <AccordionItem key={question.name} value={question.name}>
          <AccordionHeader>
            {question.label} ({question.answered.n} answered)
          </AccordionHeader>
          <AccordionPanel>
            <FrequencyTable
              findings={findings}
              question={question}
              chosen={chosen}
              onChoose={onChoose}
              onSelectCases={onSelectCases}
            />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
