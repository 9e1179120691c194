import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BoardCopyResult, FindingsPanelProps, RefreshResult } from '../../../src/ui/findings';
import { FindingsPanel } from '../../../src/ui/findings';
// Fluent's MessageBar needs ResizeObserver, which jsdom lacks: the capture tests' helper stubs it on import.
import '../capture/renderPane';
import { fixtureFindings } from './findingsFixture';

// The machine's cores are shared: a Fluent render can take over a second, which is not what these tests judge.
configure({ asyncUtilTimeout: 5000 });

export const REFRESHED_AT = new Date(2024, 0, 8, 9, 30);

export function refreshResult(includeInProgress = false): RefreshResult {
  const findings = fixtureFindings(includeInProgress);
  return {
    findings,
    summary: { sheetsWritten: ['Findings', 'Data quality'], charts: 2, issues: findings.issues.length },
  };
}

/** The panel with every callback a jest mock: refresh succeeds with the fixture unless a test says otherwise. */
export function renderFindingsPanel(overrides: Partial<FindingsPanelProps> = {}) {
  const props = {
    onRefresh: jest.fn<Promise<RefreshResult>, Parameters<FindingsPanelProps['onRefresh']>>((options) =>
      Promise.resolve(refreshResult(options.includeInProgress)),
    ),
    onSelectCases: jest.fn<Promise<void>, [string[]]>(() => Promise.resolve()),
    onSelectCell: jest.fn<void, [string, string]>(),
    onPrepareBoardCopy: jest.fn<Promise<BoardCopyResult>, []>(() =>
      Promise.resolve({ fileName: 'Board copy.xlsx', summary: ['Case IDs removed.'] }),
    ),
    now: () => REFRESHED_AT,
  };
  const all = { ...props, ...overrides };
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <FindingsPanel {...all} />
    </FluentProvider>,
  );
  return { ...view, props, user };
}
