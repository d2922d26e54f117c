/**
 * The anonymity reasons' quick `cue` tests must admit every text their pattern matches: the step
 * runs a pattern only where its cue is found, so a cue out of step with its pattern would drop
 * reasons without a word. fast-check writes strings from each pattern to check it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANONYMITY_REASONS,
  FIRST_NAME_ONLY,
  FIRST_NAME_ONLY_WORDS,
  REASON_WORD_STARTS,
  REASON_WORDS,
} from '../../../src/analysis/lexicon/anonymity-reasons.js';

describe('anonymity reasons', () => {
  it.each(ANONYMITY_REASONS.filter((r) => r.cue !== undefined).map((r) => [r.id, r] as const))('%s: every match holds its cue', (_id, reason) => {
    // the patterns are written in lower case and matched case-insensitively; the generator
    // takes no `i` flag, and lower-case strings are all a case-insensitive cue needs; nor `\b`
    // and `(?<!\w)`, whose removal only admits more strings, each still holding the pattern's words
    const source = reason.pattern.source.replaceAll('(?<!\\w)', '').replaceAll('\\b', '');
    const whole = new RegExp(`^(?:${source})$`, reason.pattern.flags.replace(/[gi]/g, ''));
    const cue = new RegExp((reason.cue as RegExp).source, (reason.cue as RegExp).flags.replace('g', ''));
    fc.assert(
      fc.property(fc.stringMatching(whole, { size: 'small' }), (s) => {
        expect(cue.test(s)).toBe(true);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  // the step reads a sentence only when REASON_WORDS finds one of its words: a pattern whose
  // matches it misses would never run (`asked not to be named because …` once did)
  it.each(ANONYMITY_REASONS.map((r) => [r.id, r] as const))('%s: every match passes the first look (REASON_WORDS)', (_id, reason) => {
    const source = reason.pattern.source.replaceAll('(?<!\\w)', '').replaceAll('\\b', '');
    const whole = new RegExp(`^(?:${source})$`, reason.pattern.flags.replace(/[gi]/g, ''));
    const gate = new RegExp(REASON_WORDS.source, REASON_WORDS.flags.replace('g', ''));
    fc.assert(
      fc.property(fc.stringMatching(whole, { size: 'small' }), (s) => {
        expect(gate.test(s)).toBe(true);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  // the step's quicker first look (REASON_WORD_STARTS) finds them only where a word starts: a pattern
  // holds its words of REASON_WORDS there, after a space or where it opens (after no word character)
  it.each(ANONYMITY_REASONS.map((r) => [r.id, r] as const))('%s: every match passes the first look at a word start (REASON_WORD_STARTS)', (_id, reason) => {
    const source = reason.pattern.source.replaceAll('(?<!\\w)', '').replaceAll('\\b', '');
    const whole = new RegExp(`^(?:${source})$`, reason.pattern.flags.replace(/[gi]/g, ''));
    const before = fc.constantFrom('', ' ', '(', '\u201c', '\n', '\u00e9');
    fc.assert(
      fc.property(before, fc.stringMatching(whole, { size: 'small' }), (b, s) => {
        expect(REASON_WORD_STARTS.test(`${b}${s}`)).toBe(true);
        expect(REASON_WORD_STARTS.test(`${b}${s.toUpperCase()}`)).toBe(true);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('REASON_WORD_STARTS finds a word of REASON_WORDS at a word start only', () => {
    expect(REASON_WORD_STARTS.flags).toBe('i');
    for (const [text, found] of [
      ['the police said', true],
      ['not authorized to', true],
      ['RULES', true],
      ['unauthorized', false],
      ['malpractice', false],
      ['overrules', false],
    ] as const) {
      expect(REASON_WORD_STARTS.test(text), text).toBe(found);
      if (found) expect(REASON_WORDS.test(text), text).toBe(true);
    }
  });

  // a pattern opens with `(?<!\w)` for speed where it means `\b`: the two agree only before a word character
  it.each(ANONYMITY_REASONS.map((r) => [r.id, r] as const))('%s: opens with (?<!\\w) before a word character, as \\b would', (_id, reason) => {
    expect(reason.pattern.source.startsWith('(?<!\\w)')).toBe(true);
    const source = reason.pattern.source.replaceAll('(?<!\\w)', '').replaceAll('\\b', '');
    const whole = new RegExp(`^(?:${source})$`, reason.pattern.flags.replace(/[gi]/g, ''));
    // and the pattern finds what it finds with `\b`, after a word character or none, `ſ` and `K` (word characters under `iu`)
    const withB = new RegExp(reason.pattern.source.replace('(?<!\\w)', '\\b'), reason.pattern.flags);
    const before = fc.constantFrom('', ' ', 'x', '_', '9', '\u00e9', '\u017f', '\u212a', '-');
    fc.assert(
      fc.property(before, fc.stringMatching(whole, { size: 'small' }), (b, s) => {
        expect(/^\w/.test(s)).toBe(true);
        const text = `${b}${s} ${b}${s}`;
        expect([...text.matchAll(reason.pattern)].map((m) => m.index)).toEqual([...text.matchAll(withB)].map((m) => m.index));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  // find-anonymity-reasons seeks a pattern's next match in the words after the last one, without
  // `g`: the same matches only while none is empty and each ends where no match can start
  it.each(ANONYMITY_REASONS.map((r) => [r.id, r] as const))('%s: every match holds text and ends at `.`, `;`, a line break or the end', (_id, reason) => {
    const source = reason.pattern.source.replaceAll('(?<!\\w)', '').replaceAll('\\b', '');
    const whole = new RegExp(`^(?:${source})$`, reason.pattern.flags.replace(/[gi]/g, ''));
    const between = fc.constantFrom('.', ';', '\n', ' ', ', ', '. And ', ';\n');
    fc.assert(
      fc.property(fc.stringMatching(whole, { size: 'small' }), between, fc.stringMatching(whole, { size: 'small' }), (a, sep, b) => {
        const text = `${a}${sep}${b}`;
        for (const m of text.matchAll(reason.pattern)) {
          const end = m.index + m[0].length;
          expect(m[0].length).toBeGreaterThan(0);
          expect(end === text.length || '.;\n'.includes(text.charAt(end))).toBe(true);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  // first-name-only.ts reads a window with FIRST_NAME_ONLY only when FIRST_NAME_ONLY_WORDS finds one of its words
  it('every first-name-only phrase holds a word of FIRST_NAME_ONLY_WORDS', () => {
    const whole = new RegExp(`^(?:${FIRST_NAME_ONLY.source.replaceAll('\\b', '')})$`);
    fc.assert(
      fc.property(fc.stringMatching(whole, { size: 'small' }), (s) => {
        expect(FIRST_NAME_ONLY_WORDS.test(s)).toBe(true);
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it('every reason with a cue still matches its own sample phrase', () => {
    const samples: Record<string, string> = {
      'not-authorized': 'was not authorized to speak publicly',
      'condition-because': 'on condition of anonymity because the talks were private',
      'no-authority': 'had no authority to comment',
      'told-not-to': 'had been told not to discuss it',
      'anonymity-because': 'anonymity because of the risk',
      fear: 'for fear of reprisals',
      'first-name-because': 'gave only her first name, Hedda, because the hospital forbids it',
    };
    for (const [id, phrase] of Object.entries(samples)) {
      const reason = ANONYMITY_REASONS.find((r) => r.id === id);
      expect(reason, id).toBeDefined();
      expect(new RegExp(reason?.pattern.source ?? '', 'iu').test(phrase), id).toBe(true);
      if (reason?.cue) expect(reason.cue.test(phrase), id).toBe(true);
    }
  });
});
