/**
 * Items grouped by an index (a sentence, a paragraph), each group in the items' original order:
 * one flat array and each group's range in it, built by a counting sort (linear, and no array per
 * group, so the many groups without an item cost nothing).
 */
export class Grouped<T> {
  readonly items: T[];
  private readonly offsets: Int32Array;

  /**
   * `groupOf` gives an item's group, or -1 to leave it out; or it holds each item's group, found
   * beforehand, and then written over (Doc reads each mention once for the two groupings it makes).
   */
  constructor(list: readonly T[], groups: number, groupOf: ((t: T) => number) | Int32Array) {
    const offsets = new Int32Array(groups + 1);
    const group = typeof groupOf === 'function' ? groupsOf(list, groupOf) : groupOf;
    for (let k = 0; k < list.length; k++) {
      const g = group[k] as number;
      const kept = g >= 0 && g < groups ? g : -1;
      group[k] = kept;
      if (kept >= 0) offsets[kept + 1] = (offsets[kept + 1] as number) + 1;
    }
    for (let g = 0; g < groups; g++) offsets[g + 1] = (offsets[g + 1] as number) + (offsets[g] as number);
    const next = offsets.slice(0, groups);
    const items = new Array<T>(offsets[groups] as number);
    for (let k = 0; k < list.length; k++) {
      const g = group[k] as number;
      if (g < 0) continue;
      items[next[g] as number] = list[k] as T;
      next[g] = (next[g] as number) + 1;
    }
    this.items = items;
    this.offsets = offsets;
  }

  /** First index in `items` of group g's items (0 for a group out of range). */
  from(g: number): number {
    return g >= 0 && g < this.offsets.length - 1 ? (this.offsets[g] as number) : 0;
  }

  /** One past the last index in `items` of group g's items (0 for a group out of range). */
  to(g: number): number {
    return g >= 0 && g < this.offsets.length - 1 ? (this.offsets[g + 1] as number) : 0;
  }

  /** How many items group g holds. */
  count(g: number): number {
    return this.to(g) - this.from(g);
  }
}

/** Each item's group by `groupOf`. */
function groupsOf<T>(list: readonly T[], groupOf: (t: T) => number): Int32Array {
  const group = new Int32Array(list.length);
  for (let k = 0; k < list.length; k++) group[k] = groupOf(list[k] as T);
  return group;
}
