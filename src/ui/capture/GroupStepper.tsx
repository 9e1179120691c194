import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { FormSection } from './formSections';

export interface GroupStepperProps {
  /** The sections that apply to this case now. */
  readonly sections: readonly FormSection[];
  readonly current: number;
  readonly onGo: (index: number) => void;
}

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

/** Previous / next through the sections, or straight to one. */
export function GroupStepper({ sections, current, onGo }: GroupStepperProps) {
  const styles = useStyles();
  return (
    <nav aria-label="Sections" className={styles.row}>
      <Button disabled={current <= 0} onClick={() => onGo(current - 1)}>
        Previous section
      </Button>
      <Field label={`Section ${current + 1} of ${sections.length}`}>
        <Select value={String(current)} onChange={(_, data) => onGo(Number(data.value))}>
          {sections.map((s, i) => (
            <option key={s.key} value={i}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={current >= sections.length - 1} onClick={() => onGo(current + 1)}>
        Next section
      </Button>
    </nav>
  );
}
