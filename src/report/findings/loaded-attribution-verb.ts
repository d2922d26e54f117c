/**
 * `loaded-attribution-verb`: a reporting verb that style guides warn carries judgement
 * (`claimed`, `admitted`, `insisted`, `conceded`: `LOADED_VERBS` in the analysis lexicon)
 * where a neutral `said` would do. One note per cue, whether a quote or a statement uses it.
 * Verbs that are the plain word for a speech act (`denied` a charge) are left out.
 */
import { FACTUAL_LOADED_VERBS, VERB_BY_FORM } from '../../analysis/lexicon/speech-verbs.js';
import type { TextSpan } from '../../analysis/span.js';
import type { Finding } from '../types.js';
import { type FindingRule, finding } from './context.js';
import { LOADED_VERB_CONNOTATIONS } from './lexicon.js';

export const loadedAttributionVerb: FindingRule = {
  id: 'loaded-attribution-verb',
  title: 'Loaded reporting verb',
  guideline: 'AP, Reuters: “said” is neutral; loaded verbs editorialise',
  description: 'A reporting verb such as “claimed”, “admitted”, “insisted” or “conceded” where a neutral “said” would do.',
  check(ctx) {
    const cues = new Map<number, TextSpan>();
    for (const q of ctx.quotes) if (q.evidence.cue) cues.set(q.evidence.cue.start, q.evidence.cue);
    for (const st of ctx.statements) {
      if (st.cue) cues.set(st.cue.start, st.cue);
      if (st.evidence?.cue) cues.set(st.evidence.cue.start, st.evidence.cue);
    }
    const out: Finding[] = [];
    for (const cue of [...cues.values()].sort((a, b) => a.start - b.start)) {
      const verb = VERB_BY_FORM.get(cue.text.toLowerCase().replace(/\s+/g, ' ').trim());
      if (!verb?.loaded || FACTUAL_LOADED_VERBS.has(verb.lemma)) continue;
      const tone = LOADED_VERB_CONNOTATIONS[verb.lemma] ?? 'adds a judgement';
      out.push(finding(loadedAttributionVerb, 'note', cue, `“${cue.text}” ${tone}. Unless that is what the reporting shows, a neutral “said” would do.`));
    }
    return out;
  },
};
