import { Text } from '@fluentui/react-components';
import type { CaseStatus } from '../../core/cases/CaseStore';
import type { Findings } from '../../core/findings/Findings';
import { formatRefreshedAt } from './formatRefreshedAt';

const STATUSES: readonly CaseStatus[] = ['Complete', 'In progress', 'Not started'];

export interface CasesSummaryProps {
  readonly findings: Findings;
  readonly refreshedAt: Date;
}

/** When the figures were made and from which cases, so a manager knows what they are reading. */
export function CasesSummary({ findings, refreshedAt }: CasesSummaryProps) {
  const { cases, settings } = findings;
  const counted = settings.includeInProgress ? 'Complete and In progress cases' : 'Complete cases only';
  return (
    <div>
      <Text as="p" block>
        Last refreshed at {formatRefreshedAt(refreshedAt)}.
      </Text>
      <Text as="p" block>
        {cases.included} of {cases.rows} case rows included ({counted}).
      </Text>
      <ul aria-label="Case rows by status">
        {STATUSES.filter((s) => cases.byStatus[s] !== undefined).map((status) => (
          <li key={status}>
            {status}: {cases.byStatus[status]}
          </li>
        ))}
      </ul>
      {cases.included === 0 && (
        <Text as="p" block>
          No case counts yet: figures appear as cases are marked Complete (or switch on Include cases in
          progress and refresh).
        </Text>
      )}
    </div>
  );
}
