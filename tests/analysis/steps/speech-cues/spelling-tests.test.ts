/** speech-cues/spelling-tests: each test by code unit gives the answer of the expression it stands for, on every string tried. */
import { describe, expect, it } from 'vitest';
import { endsInEd, notAllCapitals, participleEnding, startsWithDigit } from '../../../../src/analysis/steps/speech-cues/spelling-tests.js';

/** Short strings over the characters that matter (cases, digits, marks, letters beyond ASCII), every one up to three long and some longer. */
function strings(): string[] {
  const alphabet = ['a', 'd', 'e', 'n', 'w', 'z', 'A', 'D', 'E', 'N', 'W', '0', '9', ' ', "'", 'é', 'É', 'ß', 'ǅ', 'ﬀ'];
  const out = [''];
  for (const a of alphabet) {
    out.push(a);
    for (const b of alphabet) {
      out.push(a + b);
      for (const c of alphabet) out.push(a + b + c);
    }
  }
  return out.concat(['who', 'WHO', 'Who', 'that', 'THAT', 'obtained', 'taken', 'shown', 'OBTAINED', 'walkEd', 'said', '2019', 'Ünited', 'éd', 'ßed']);
}

const cases: Array<[string, (s: string) => boolean, (s: string) => boolean]> = [
  ['notAllCapitals', notAllCapitals, (s) => s !== s.toUpperCase()],
  ['participleEnding', participleEnding, (s) => /[a-z](?:ed|en|wn)$/.test(s)],
  ['endsInEd', endsInEd, (s) => /[a-z]ed$/.test(s)],
  ['startsWithDigit', startsWithDigit, (s) => /^\d/.test(s)],
];

describe('spelling tests by code unit', () => {
  const all = strings();
  for (const [name, test, expression] of cases) {
    it(`${name} agrees with its expression on ${all.length} strings`, () => {
      const differ = all.filter((s) => test(s) !== expression(s));
      expect(differ).toEqual([]);
    });
  }
});
