const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "14:05 on 6 Feb 2023", in the computer's time zone. Written out rather than left to toLocaleString so the
 * day and month cannot swap places between a manager's browser and the board paper they copy it into.
 */
export function formatRefreshedAt(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())} on ${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}
