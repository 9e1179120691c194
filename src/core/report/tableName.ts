/**
 * Excel table names: a letter or underscore first, then letters, digits, underscores or periods, unique in
 * the workbook ignoring case, and never something Excel reads as a cell reference (A1, R1C1). Question names
 * are already close to this; anything else becomes '_' so the name stays stable between refreshes.
 */
export class TableNames {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    const base = wanted.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(?=[^A-Za-z_])/, '_');
    let name = base;
    for (let n = 2; this.used.has(name.toUpperCase()); n++) name = `${base}_${n}`;
    this.used.add(name.toUpperCase());
    return name;
  }
}
