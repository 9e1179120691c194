import { ProgressBar, Text } from '@fluentui/react-components';

export interface ImportSectionProgressProps {
  /** The file's name. */
  readonly label: string;
  /** Share of the file read, 0 to 1; null before the reader has said (a small file never does). */
  readonly read: number | null;
}

/**
 * How far an import has got: reading the file, with the share read once the reader gives it (a
 * 100,000-row file takes seconds), then writing into this workbook, whose length is not known. The text
 * changes only between the two, so a screen reader in the live region above hears two lines, not one a
 * slice; the bar carries the share.
 */
export function ImportSectionProgress({ label, read }: ImportSectionProgressProps) {
  const writing = read !== null && read >= 1;
  return (
    <>
      <ProgressBar
        aria-label="Import progress"
        thickness="large"
        {...(read === null || writing ? {} : { value: read })}
      />
      <Text>{writing ? `Adding the rows of ${label} to this workbook…` : `Reading ${label}…`}</Text>
    </>
  );
}
