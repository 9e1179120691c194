import { Button, Text } from '@fluentui/react-components';
import type { SaveState } from './SaveState';

export interface CaseSaveStatusProps {
  readonly saves: ReadonlyMap<string, SaveState>;
  readonly onRetryAll: () => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The case's save state in one line, announced politely as it changes. */
export function CaseSaveStatus({ saves, onRetryAll }: CaseSaveStatusProps) {
  const count = { saving: 0, saved: 0, failed: 0, conflict: 0, idle: 0 };
  for (const save of saves.values()) count[save.state] += 1;
  let message = '';
  if (count.conflict > 0)
    message = `${plural(count.conflict, 'answer has', 'answers have')} a conflict to resolve.`;
  else if (count.failed > 0) message = `${plural(count.failed, 'answer is', 'answers are')} not saved.`;
  else if (count.saving > 0) message = 'Saving…';
  else if (count.saved > 0) message = 'All changes saved to the workbook.';
  return (
    <div>
      {/* Always rendered, so screen readers know the region before anything is announced in it. */}
      <Text aria-live="polite" role="status">
        {message}
      </Text>{' '}
      {count.failed > 0 && (
        <Button size="small" onClick={onRetryAll}>
          Retry all
        </Button>
      )}
    </div>
  );
}
