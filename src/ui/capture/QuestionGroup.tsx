import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Answer } from '../../core/cases/CaseEvaluation';
import type { FormItem } from '../../core/questions/QuestionSet';
import type { FormSection } from './formSections';
import { isShown } from './formSections';
import { isRequired } from './isRequired';
import { QuestionField } from './QuestionField';
import { SaveStatus } from './SaveStatus';
import type { CaseSessionSnapshot } from './SaveState';
import { IDLE } from './SaveState';

export interface QuestionActions {
  readonly onAnswer: (question: string, value: Answer) => void;
  readonly onRetry: (question: string) => void;
  readonly onKeepMine: (question: string) => void;
  readonly onTakeTheirs: (question: string) => void;
  readonly onFocusQuestion?: (question: string) => void;
}

export interface QuestionGroupProps extends QuestionActions {
  readonly section: FormSection;
  readonly snapshot: CaseSessionSnapshot;
  /** After a Mark complete attempt, missing answers are flagged inline too, not only in the list. */
  readonly showMissing: boolean;
}

const useStyles = makeStyles({
  question: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: '16px' },
  subgroup: { borderLeft: `2px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalM },
});

/** One section's questions, only those that apply to this case with its answers so far. */
export function QuestionGroup(props: QuestionGroupProps) {
  const { section } = props;
  const prefix = useId();
  return (
    <section aria-labelledby={`${prefix}section-${section.key}`}>
      <h3 id={`${prefix}section-${section.key}`}>{section.label}</h3>
      <Items
        {...props}
        items={section.group ? firstGroupItems(section) : section.items}
        depth={0}
        prefix={prefix}
      />
    </section>
  );
}

const firstGroupItems = (section: FormSection) =>
  section.items.flatMap((i) => (i.kind === 'group' ? i.items : [i]));

function Items(
  props: QuestionGroupProps & {
    readonly items: readonly FormItem[];
    readonly depth: number;
    readonly prefix: string;
  },
) {
  const styles = useStyles();
  const { items, depth, snapshot, showMissing } = props;
  const { evaluation } = snapshot;
  return items
    .filter((item) => isShown(item, evaluation))
    .map((item) => {
      if (item.kind === 'group') {
        const id = `${props.prefix}group-${item.group.name}`;
        return (
          <section key={item.group.name} aria-labelledby={id} className={styles.subgroup}>
            <h4 id={id}>{item.group.label || item.group.name}</h4>
            <Items {...props} items={item.items} depth={depth + 1} />
          </section>
        );
      }
      const q = item.question;
      const issue = evaluation.issues.find(
        (i) =>
          i.question === q.name &&
          (showMissing || i.kind !== 'required') &&
          i.kind !== 'not-applicable-answered',
      );
      return (
        <div
          key={q.name}
          data-question={q.name}
          className={styles.question}
          onFocus={props.onFocusQuestion && (() => props.onFocusQuestion?.(q.name))}
        >
          <QuestionField
            question={q}
            value={snapshot.answers.get(q.name) ?? null}
            calculated={evaluation.calculations.get(q.name)}
            required={isRequired(q, evaluation)}
            validationMessage={issue?.message ?? snapshot.invalid.get(q.name)}
            onAnswer={(value) => props.onAnswer(q.name, value)}
          />
          <SaveStatus
            question={q}
            save={snapshot.saves.get(q.name) ?? IDLE}
            onRetry={() => props.onRetry(q.name)}
            onKeepMine={() => props.onKeepMine(q.name)}
            onTakeTheirs={() => props.onTakeTheirs(q.name)}
          />
        </div>
      );
    });
}
