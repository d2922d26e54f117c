/**
 * Reports inside a report by the same speaker: `She said she recalls …`, `He said he did not
 * mention …`. The inner cue's subject is a pronoun right after the outer verb (a `that` between
 * at most) and refers to the outer subject's entity, or is `it` (`She says it shows that…`);
 * what follows is what the outer verb reports, the inner verb included. Reads the cues and the coreference; adds the map inner cue → outer cue.
 */
import type { Cue } from './find-speech-cues.js';
import type { Coreference } from './resolve-sources.js';

export function findNestedReports(text: string, cues: readonly Cue[], coref: Pick<Coreference, 'entityOf'>): ReadonlyMap<Cue, Cue> {
  const outerOf = new Map<Cue, Cue>();
  for (let ci = 1; ci < cues.length; ci++) {
    const c = cues[ci] as Cue;
    const outer = cues[ci - 1] as Cue;
    if (c.subject?.type !== 'pronoun' || c.side !== 'left' || !outer.subject || outer.sentence !== c.sentence || outer.type !== 'verb') continue;
    if (!/^\s*(?:that\s+)?$/.test(text.slice(outer.end, c.subject.start))) continue;
    const inner = coref.entityOf.get(c.subject);
    // `She says it shows that …`: a thing that shows or means something is not a second speaker
    const thing = c.subject.head === 'it';
    if (thing || (inner !== undefined && inner === coref.entityOf.get(outer.subject))) outerOf.set(c, outerOf.get(outer) ?? outer);
  }
  return outerOf;
}
