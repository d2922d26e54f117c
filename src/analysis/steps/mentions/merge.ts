/**
 * The last touch on a frame's mentions: a role right before a name joins it (`Libyan commander` +
 * `Khalifa Hifter`), a name inside a longer mention only modifies it (`Macron's office`), and the
 * frame's mentions in text order. Done for each of a story's thousands of frames, with the same
 * few buffers emptied for each instead of new Maps and arrays.
 */
import type { Mention } from './mention.js';

export class FrameMerger {
  /** Token k of the frame → 1 + the index among the names of the person name starting there, 0 for none. */
  readonly #personAt: Int32Array;
  /** The names and descriptions of the frame at hand, by first token (`#markNamesInsideLonger`); entries past them are stale. */
  readonly #byFirst: Mention[] = [];

  /** For frames of up to `longestFrame` tokens. */
  constructor(longestFrame: number) {
    this.#personAt = new Int32Array(longestFrame + 1);
  }

  /**
   * A role right before a name joins it (`Libyan commander` + `Khalifa Hifter`); a name inside a
   * description only modifies it (`the U.N. envoy for Libya`, `Macron's office`). Appends the
   * names, then the descriptions that did not join one, to `out`.
   */
  mergeRolesIntoNames(text: string, names: Mention[], descriptions: Mention[], out: Mention[]): void {
    if (names.length === 0) {
      // most frames: nothing to merge, no name to mark
      for (let k = 0; k < descriptions.length; k++) out.push(descriptions[k] as Mention);
      return;
    }
    const kept = descriptions.length > 0 ? this.#joinRoles(text, names, descriptions) : 0;
    this.#markNamesInsideLonger(names, descriptions, kept);
    for (let k = 0; k < names.length; k++) out.push(names[k] as Mention);
    for (let k = 0; k < kept; k++) out.push(descriptions[k] as Mention);
  }

  /**
   * Joins each description right before a person name to it; moves the others to the front of
   * `descriptions`, in order, and says how many they are.
   */
  #joinRoles(text: string, names: Mention[], descriptions: Mention[]): number {
    // each person name by the token it starts at before any merge (a merge moves a name's start);
    // the later of two wins, as in text order
    const personAt = this.#personAt;
    let lowest = personAt.length;
    let highest = -1;
    for (let j = 0; j < names.length; j++) {
      const n = names[j] as Mention;
      if (n.kind !== 'person') continue;
      personAt[n.first] = j + 1;
      lowest = Math.min(lowest, n.first);
      highest = Math.max(highest, n.first);
    }
    let kept = 0;
    for (let k = 0; k < descriptions.length; k++) {
      const d = descriptions[k] as Mention;
      const at = personAt[d.last + 1] as number;
      if (at > 0 && d.kind !== 'organization') joinRole(text, d, names[at - 1] as Mention);
      else descriptions[kept++] = d;
    }
    for (let k = lowest; k <= highest; k++) personAt[k] = 0;
    return kept;
  }

  /**
   * A name inside a longer mention only modifies it (`Macron` in `Macron's office`). One sweep over
   * the frame's mentions by start (the longest first, descriptions before names of the same range):
   * a name is inside another mention when one that starts no later reaches at least as far. The
   * descriptions are the first `kept` of `descriptions`.
   */
  #markNamesInsideLonger(names: readonly Mention[], descriptions: readonly Mention[], kept: number): void {
    // (names are the mentions of type name: descriptions and other subjects are never of that type)
    const count = kept + names.length;
    if (count < 2) return;
    const all = this.#byFirst;
    let n = 0;
    for (let k = 0; k < kept; k++) all[n++] = descriptions[k] as Mention;
    for (let k = 0; k < names.length; k++) all[n++] = names[k] as Mention;
    sortRange(all, 0, count, byFirstLongestFirst);
    let reach = -1;
    for (let k = 0; k < count; k++) {
      const m = all[k] as Mention;
      if (m.type === 'name' && m.last <= reach) m.possessive = true;
      reach = Math.max(reach, m.last);
    }
  }
}

/** The role `d` joins the person name `n` right after it: `Libyan commander` + `Khalifa Hifter`. */
function joinRole(text: string, d: Mention, n: Mention): void {
  // a number before the role is neither (`9/11 widow Ann Cole`: the role is `widow`)
  const number = /^\d+\s+/.exec(d.text);
  const start = number ? d.start + number[0].length : d.start;
  n.description = n.description ? `${text.slice(start, n.name?.start ?? n.start).trim()}` : d.text.slice(start - d.start);
  n.gender ??= d.gender;
  // a name that was the whole mention (the mention itself: see StoredMention) keeps its span
  if (n.name === n) n.name = { start: n.start, end: n.end, text: n.text };
  // (a mention's end is read from its start and text: both change together)
  n.text = text.slice(start, n.end);
  n.start = start;
  n.first = number ? d.first + 1 : d.first;
}

/** By first token, the longer first, a description before a name of the same range. */
function byFirstLongestFirst(a: Mention, b: Mention): number {
  return a.first - b.first || b.last - a.last || Number(a.type === 'name') - Number(b.type === 'name');
}

/**
 * Sorts `list[from..to)` in place as the stable `Array.prototype.sort` would sort those entries
 * alone: a frame's few mentions by insertion, without the work array sort makes on every call.
 */
export function sortRange<T>(list: T[], from: number, to: number, compare: (a: T, b: T) => number): void {
  if (to - from > 16) {
    const sorted = list.slice(from, to).sort(compare);
    for (let k = 0; k < sorted.length; k++) list[from + k] = sorted[k] as T;
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = list[i] as T;
    let j = i - 1;
    for (; j >= from && compare(list[j] as T, x) > 0; j--) list[j + 1] = list[j] as T;
    list[j + 1] = x;
  }
}
