import { Button, Text, tokens } from '@fluentui/react-components';
import type { Question } from '../../core/questions/QuestionSet';
import { answerText } from '../../core/cases/answerText';
import type { SaveState } from './SaveState';

export interface SaveStatusProps {
  readonly question: Question;
  readonly save: SaveState;
  readonly onRetry: () => void;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
}

/** One question's save state, next to it, with what can be done about it. */
export function SaveStatus({ question, save, onRetry, onKeepMine, onTakeTheirs }: SaveStatusProps) {
  switch (save.state) {
    case 'idle':
      return null;
    case 'saving':
      return <Text size={200}>Saving…</Text>;
    case 'saved':
      return <Text size={200}>Saved</Text>;
    case 'failed':
      return (
        <div>
          <Text size={200} style={{ color: tokens.colorPaletteRedForeground1 }}>
            Not saved{save.retrying ? ' (trying again)' : ''}: {save.message}
          </Text>{' '}
          <Button size="small" aria-label={`Retry saving ${question.label}`} onClick={onRetry}>
            Retry
          </Button>
        </div>
      );
    case 'conflict':
      return (
        <div>
          <Text size={200} style={{ color: tokens.colorPaletteDarkOrangeForeground1 }}>
            Conflict: {save.savedBy || 'someone else'} saved “{answerText(question, save.theirs)}” here while
            you were answering.
          </Text>{' '}
          <Button size="small" aria-label={`Keep mine for ${question.label}`} onClick={onKeepMine}>
            Keep mine
          </Button>{' '}
          <Button size="small" aria-label={`Take theirs for ${question.label}`} onClick={onTakeTheirs}>
            Take theirs
          </Button>
        </div>
      );
  }
}
