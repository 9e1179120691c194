const pad = (n: number): string => String(n).padStart(2, '0');

/** "2023-02-06 10:30", local time: when the manager pressed Refresh, as they would say it. */
export function refreshedAtText(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}
