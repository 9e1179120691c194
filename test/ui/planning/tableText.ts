/** A table's body rows as the text of each header and data cell, to compare with what the core computed. */
export function tableText(table: HTMLElement): (string | null)[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );
}
