/** Small statistics and table helpers shared by the benchmark scripts. */

/** Median of the values (mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Nearest-rank percentile of values already sorted ascending: the smallest value such that at
 * least `p` % of the values are less than or equal to it. NaN when empty.
 * @example percentileOfSorted([1, 2, 3, 4], 50) // 2
 */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export const ms = (value: number, digits = 1): string => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a');
export const mib = (kib: number): string => (Number.isFinite(kib) ? `${(kib / 1024).toFixed(1)} MiB` : 'n/a');
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Prints rows as an aligned text table; columns after the first are right-aligned. */
export function printTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): void {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  write(format(headers));
  write(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) write(format(row));
}

export const say = (line = ''): void => void process.stdout.write(`${line}\n`);
