import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { problemOf } from '../app/problemOf';
import type { CaseGroup, DrillDown } from './drillDown';

/** Ids listed on screen per group; selecting still takes every case. */
const SHOWN = 100;

export interface CaseDrillDownProps {
  readonly id: string;
  readonly drill: DrillDown;
  readonly onSelectCases: (caseIds: string[]) => Promise<void>;
}

const useStyles = makeStyles({
  region: {
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
  },
  ids: { overflowWrap: 'anywhere' },
});

/** The cases behind a figure, with a button per group that selects their rows in the Audit sheet. */
export function CaseDrillDown({ id, drill, onSelectCases }: CaseDrillDownProps) {
  const styles = useStyles();
  return (
    <div id={id} role="region" aria-label={`Cases behind: ${drill.title}`} className={styles.region}>
      {drill.groups.map((group) => (
        <Group key={group.label} group={group} onSelectCases={onSelectCases} className={styles.ids} />
      ))}
    </div>
  );
}

function Group({
  group,
  onSelectCases,
  className,
}: {
  group: CaseGroup;
  onSelectCases: (caseIds: string[]) => Promise<void>;
  className: string;
}) {
  const [state, setState] = useState<{ busy: boolean; done: string; error: string }>({
    busy: false,
    done: '',
    error: '',
  });
  const select = async () => {
    setState({ busy: true, done: '', error: '' });
    try {
      await onSelectCases([...group.ids]);
      setState({ busy: false, done: `Selected ${group.ids.length} in the Audit sheet.`, error: '' });
    } catch (error) {
      setState({ busy: false, done: '', error: problemOf(error).message });
    }
  };
  const more = group.ids.length - SHOWN;
  const labelId = useId();
  return (
    <div>
      <Text weight="semibold" id={labelId}>
        {group.label}
      </Text>
      {group.ids.length > 0 && (
        <>
          <Text as="p" block className={className}>
            {group.ids.slice(0, SHOWN).join(', ')}
            {more > 0 && ` and ${more} more`}
          </Text>
          <Button
            size="small"
            aria-describedby={labelId}
            disabledFocusable={state.busy}
            onClick={() => void select()}
          >
            Select these cases in the Audit sheet
          </Button>
        </>
      )}
      <Text role="status">{state.done}</Text>
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>The cases were not selected. {state.error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
