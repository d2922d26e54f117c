/**
 * Witnesses: a person the story shows testifying (`the testimony of Gideon Thrale`, `Thrale
 * testified`) or telling the police what they saw (`…two loud bangs, he told officers`) is the one
 * a later `the witness` stands for, though no `a witness` came before.
 */
import type { Mention } from '../find-mentions.js';
import { addHead, type CorefState } from './state.js';

/** After `mentions[i]` joined its entity: if the words around it make a witness of it, `witness` becomes one of its heads. */
export function noteWitness(state: CorefState, i: number): void {
  const m = state.mentions[i] as Mention;
  if (m.type === 'description') return;
  const e = state.entityOf.at(i);
  if (!e || e.kind !== 'person') return;
  const text = state.text;
  // what comes after opens with a space or a comma (`he told officers`, `Thrale, a driver, testified`)
  const c = text.charCodeAt(m.end);
  const after = c === 32 || c === 44 ? text.slice(m.end, m.end + 40) : '';
  const testimony = m.type === 'name' && TESTIMONY_OF.test(text.slice(Math.max(0, m.start - 16), m.start));
  if (testimony || (after !== '' && (TESTIFIED.test(after) || TOLD_POLICE.test(after)))) addHead(state, e, 'witness');
}

/** Before a name: `the testimony of` X. */
const TESTIMONY_OF = /testimony of\s+$/;
/** After a name: X `testified`, X`, a driver, testified`. */
const TESTIFIED = /^(?:,[^,.;]{1,30},)?\s+(?:testified|testifies|took the stand)\b/;
/** After a name or a pronoun: `he told officers`, `Ruiz told police`. */
const TOLD_POLICE = /^\s+(?:told|tells)\s+(?:the\s+)?(?:police|officers|detectives|investigators|deputies)\b/;
