const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "Contacts and re-referrals audit - board copy 2023-02-06.xlsx": the audit's title and the day, with what
 * Windows, macOS and SharePoint refuse in file names taken out, and kept short enough for deep folders.
 */
export function boardCopyFileName(title: string, now: Date): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const clean = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\\/:*?"<>|#%]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  const name = (clean === '' ? 'Case audit' : clean).slice(0, 80).trim();
  return `${name} - board copy ${day}.xlsx`;
}
