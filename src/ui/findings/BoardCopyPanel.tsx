import { Button, Link, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { problemOf } from '../app/problemOf';
import type { BoardCopyResult } from './FindingsPanelProps';
import { useObjectUrl } from './useObjectUrl';

export interface BoardCopyPanelProps {
  readonly onPrepareBoardCopy: () => Promise<BoardCopyResult>;
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'ready'; readonly result: BoardCopyResult }
  | { readonly kind: 'failed'; readonly message: string };

/** Prepare board copy, then say what was removed and suppressed (and offer the file where Excel cannot open it). */
export function BoardCopyPanel({ onPrepareBoardCopy }: BoardCopyPanelProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const url = useObjectUrl(state.kind === 'ready' ? state.result.bytes : undefined);
  const prepare = async () => {
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'ready', result: await onPrepareBoardCopy() });
    } catch (error) {
      setState({ kind: 'failed', message: problemOf(error).message });
    }
  };
  const busy = state.kind === 'busy';
  return (
    <div>
      <Text as="p" block>
        A separate workbook with only the findings tables and charts: no case identifiers, auditor names or
        free text, and small numbers suppressed as the Settings say.
      </Text>
      <Button disabledFocusable={busy} onClick={() => void prepare()}>
        Prepare board copy
      </Button>
      <div role="status" aria-live="polite">
        {busy && <Spinner size="tiny" label="Preparing the board copy…" />}
        {state.kind === 'ready' && (
          <>
            <Text as="p" block>
              {state.result.bytes
                ? `Board copy ready: ${state.result.fileName}.`
                : `The board copy ${state.result.fileName} has opened as a new workbook: save it before sharing.`}
            </Text>
            <ul aria-label="Removed and suppressed">
              {state.result.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {state.kind === 'ready' && url && (
        <Link href={url} download={state.result.fileName}>
          Download {state.result.fileName}
        </Link>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>The board copy was not made. {state.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
