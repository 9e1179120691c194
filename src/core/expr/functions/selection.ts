/*
 * A select_multiple answer is its choice names separated by spaces. These scan the text in place rather
 * than splitting it, because they run for every case and splitting allocates an array each time.
 */

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Whether `name` is one of the space-separated names in `list` (a whole name, not part of one). */
export function isSelected(list: string, name: string): boolean {
  if (name === '' || name.includes(' ')) return false;
  for (let from = 0; ;) {
    const i = list.indexOf(name, from);
    if (i < 0) return false;
    const end = i + name.length;
    if (
      (i === 0 || isSpace(list.charCodeAt(i - 1))) &&
      (end === list.length || isSpace(list.charCodeAt(end)))
    ) {
      return true;
    }
    from = i + 1;
  }
}

/** How many space-separated names `list` holds. */
export function countSelected(list: string): number {
  let count = 0;
  let inName = false;
  for (let i = 0; i < list.length; i++) {
    const space = isSpace(list.charCodeAt(i));
    if (!space && !inName) count++;
    inName = !space;
  }
  return count;
}
