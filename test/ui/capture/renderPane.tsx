import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { CaseSummary } from '../../../src/core/cases/CaseStore';
import type { QuestionSet } from '../../../src/core/questions/QuestionSet';
import { CapturePane } from '../../../src/ui/capture/CapturePane';
import { FakeCaseStore } from './FakeCaseStore';
import { evaluateForTests } from './evaluateForTests';
import { sampleQuestionSet } from './sampleQuestionSet';

export const AUDITOR = 'Ada Auditor';

// jsdom has no layout and so no ResizeObserver; Fluent's MessageBar watches its own width with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

interface Options {
  readonly store?: FakeCaseStore;
  readonly caseId?: string | null;
  readonly cases?: readonly CaseSummary[];
  readonly questionSet?: QuestionSet;
  readonly onSelectQuestionCell?: (caseId: string, question: string) => void;
}

/** The pane as the shell mounts it, with the shell's part (remembering the picked case) played here. */
export function renderPane(options: Options = {}) {
  const store = options.store ?? new FakeCaseStore().addCase('C-001', AUDITOR);
  const picks: string[] = [];
  function Shell() {
    const [caseId, setCaseId] = useState<string | null>(
      options.caseId === undefined ? 'C-001' : options.caseId,
    );
    return (
      <FluentProvider theme={webLightTheme}>
        <CapturePane
          store={store}
          questionSet={options.questionSet ?? sampleQuestionSet}
          auditor={AUDITOR}
          caseId={caseId}
          cases={options.cases ?? []}
          onPickCase={(id) => {
            picks.push(id);
            setCaseId(id);
          }}
          evaluate={evaluateForTests}
          {...(options.onSelectQuestionCell ? { onSelectQuestionCell: options.onSelectQuestionCell } : {})}
        />
      </FluentProvider>
    );
  }
  const user = userEvent.setup();
  return { ...render(<Shell />), store, user, picks };
}
