import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { SheetIssue } from '../../core/sheets/SheetData';
import { IssueList } from '../app/IssueList';

export interface ProblemBarProps {
  readonly intent: 'error' | 'warning';
  readonly title: string;
  readonly message: string;
  readonly issues: readonly SheetIssue[];
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** A failure or warning in words, with each workbook problem a link to its cell. */
export function ProblemBar({ intent, title, message, issues, onSelectCell }: ProblemBarProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
        {issues.length > 0 && <IssueList issues={issues} onSelectCell={onSelectCell} />}
      </MessageBarBody>
    </MessageBar>
  );
}
