/** A table's sort as Material's MatSort holds it. */
export type SortState = { active: string; direction: 'asc' | 'desc' | '' };

/**
 * The API's `sort` parameter (`name` ascending, `-name` descending) ⇄ the table's sort state.
 * Only columns in `allowed` count: anything else in the URL is the default order.
 */
export function sortFromParam<S extends string>(value: string | undefined, allowed: readonly S[]): { state: SortState; param: S | undefined } {
  const descending = value?.startsWith('-') ?? false;
  const column = descending ? value!.slice(1) : value;
  const known = allowed.find((candidate) => candidate === value);
  if (!column || !known) return { state: { active: '', direction: '' }, param: undefined };
  return { state: { active: column, direction: descending ? 'desc' : 'asc' }, param: known };
}

/** What goes into the URL when a header is clicked: null (the default order) once the sort is cleared. */
export function sortToParam(state: SortState): string | null {
  if (!state.active || !state.direction) return null;
  return state.direction === 'desc' ? `-${state.active}` : state.active;
}
