/**
 * The notes of one analysis, bounded: at most MAX_NOTES_PER_RULE of each rule are kept, and one
 * more note says how many of that rule were left out. A story of 2 MB of stray quotation marks
 * would otherwise carry two million notes (hundreds of megabytes of report, and a working set
 * that made the analysis of such a story slower per byte than that of a normal one); nobody
 * reads past the first hundred of a kind.
 */
import type { Note } from './story.js';

export const MAX_NOTES_PER_RULE = 100;

/** Where the steps put their notes: they only add. */
export interface NoteSink {
  push(note: Note): void;
}

export class BoundedNotes implements NoteSink {
  private readonly kept: Note[] = [];
  private readonly counts = new Map<string, number>();
  /** The first note left out of each rule, and how many were. */
  private readonly omitted = new Map<string, { first: Note; count: number }>();

  push(note: Note): void {
    const count = (this.counts.get(note.rule) ?? 0) + 1;
    this.counts.set(note.rule, count);
    if (count <= MAX_NOTES_PER_RULE) {
      this.kept.push(note);
      return;
    }
    const left = this.omitted.get(note.rule);
    if (left) left.count++;
    else this.omitted.set(note.rule, { first: note, count: 1 });
  }

  /** The kept notes and one per rule that went over the bound, in text order. */
  list(): Note[] {
    if (this.omitted.size === 0) return this.kept.sort((a, b) => a.start - b.start);
    const out = [...this.kept];
    for (const [rule, { first, count }] of this.omitted) {
      const more = count === 1 ? 'One more note' : `${count.toLocaleString('en-US')} more notes`;
      out.push({ rule, message: `${more} like the ones above, from here on, not listed one by one.`, start: first.start, end: first.end });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}
