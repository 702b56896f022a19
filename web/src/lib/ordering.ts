/*
 * Pure helpers of the evaluation pages' keyboard and drag-and-drop handling, kept apart from
 * the components so that they are tested without a browser.
 */

/**
 * A copy of `list` with the entry at `from` moved to position `to` (clamped to the list); the
 * list itself is unchanged when `from` is out of range.
 * @example moveEntry(['a', 'b', 'c'], 0, 2) // ['b', 'c', 'a']
 */
export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length) return copy;
  const [moved] = copy.splice(from, 1);
  copy.splice(Math.min(Math.max(to, 0), copy.length), 0, moved as T);
  return copy;
}

export interface CellPosition {
  row: number;
  col: number;
}

/**
 * The next (`step` 1) or previous (`step` -1) cell of a `rows` × `cols` grid in reading order,
 * wrapping from the end of a row to the start of the next; null past the first or last cell
 * (Tab then leaves the grid).
 * @example stepInReadingOrder({ row: 0, col: 2 }, 2, 3, 1) // { row: 1, col: 0 }
 */
export function stepInReadingOrder(at: CellPosition, rows: number, cols: number, step: 1 | -1): CellPosition | null {
  const index = at.row * cols + at.col + step;
  if (cols <= 0 || index < 0 || index >= rows * cols) return null;
  return { row: Math.floor(index / cols), col: index % cols };
}
