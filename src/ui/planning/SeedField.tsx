import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'end' },
  grow: { flexGrow: 1 },
});

export interface SeedFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (seed: string) => void;
  readonly newSeed: () => string;
  readonly disabled?: boolean;
  /** Why the seed will not do, shown under the field. */
  readonly validationMessage?: string | null;
}

/** The seed that makes a draw repeatable, typed or made up for the lead as readable words. */
export function SeedField({
  label,
  value,
  onChange,
  newSeed,
  disabled = false,
  validationMessage,
}: SeedFieldProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field
        className={styles.grow}
        label={label}
        hint="Any word or number. Keep it: the same seed draws the same cases again."
        {...(validationMessage ? { validationMessage } : {})}
      >
        <Input value={value} disabled={disabled} onChange={(_e, data) => onChange(data.value)} />
      </Field>
      <Button disabled={disabled} onClick={() => onChange(newSeed())}>
        New seed
      </Button>
    </div>
  );
}
