/**
 * "Last saved" and "Raised at" are Excel date-time serials (so the sheet sorts and filters them) of the
 * auditor's wall-clock time, which is what a person reading the sheet expects; the pane shows the same
 * moment as `YYYY-MM-DD HH:MM` text.
 */
const SERIAL_1970 = 25569;
const MS_PER_DAY = 86400000;

export function serialFromLocalTime(date: Date): number {
  const wallClockMs = date.getTime() - date.getTimezoneOffset() * 60000;
  return wallClockMs / MS_PER_DAY + SERIAL_1970;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A serial as `YYYY-MM-DD HH:MM`; text cells (typed by a person) come back as they are. */
export function textFromSerial(cell: string | number | boolean | null | undefined): string {
  if (typeof cell !== 'number' || !Number.isFinite(cell))
    return cell === null || cell === undefined ? '' : String(cell);
  const d = new Date(Math.round(((cell - SERIAL_1970) * MS_PER_DAY) / 60000) * 60000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}
