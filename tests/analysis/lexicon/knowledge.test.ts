import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, generateLexicon } from '../../../scripts/lexicon/generate.js';
import {
  communicationVerb,
  DATA_VERSIONS,
  firstNameGender,
  isCommunicationVerb,
  isDemonym,
  isLandform,
  isLandformNoun,
  isPlaceName,
  type NounCategoryName,
  nounCategory,
  placeOf,
  startsPlaceName,
} from '../../../src/analysis/lexicon/knowledge.js';

const CATEGORIES: [NounCategoryName, string[]][] = [
  ['person', ['official', 'nurse', 'spokeswoman', 'planner', 'author', 'prime minister', 'police officer']],
  ['group', ['crowd', 'audience']],
  ['organization', ['ministry', 'police', 'company', 'union', 'court', 'regulator', 'council']],
  ['document', ['statement', 'report', 'study', 'filing', 'letter', 'communique']],
  ['place', ['tripoli', 'paris', 'france', 'africa', 'europe']],
  // WordNet files `demand` (an urgent request) with statements: a document, not a thing.
  ['thing', ['bribes', 'fire', 'months', 'weapon']],
];

describe('nounCategory', () => {
  for (const [category, words] of CATEGORIES) {
    it.each(words)(`%s is a ${category}`, (word) => {
      expect(nounCategory(word)?.category).toBe(category);
    });
  }

  it.each([
    ['officials', 'official', 'person'],
    ['women', 'woman', 'person'],
    ['authorities', 'authority', 'organization'],
    ['residents', 'resident', 'person'],
    ['bribes', 'bribe', 'thing'],
  ])('%s is the plural of %s, a %s', (word, lemma, category) => {
    expect(nounCategory(word)).toMatchObject({ plural: true, lemma, category });
  });

  it('marks a person sense that is not the first', () => {
    expect(nounCategory('company')).toMatchObject({ category: 'organization', personSense: true });
    expect(nounCategory('bribe')?.personSense).toBe(false);
    expect(nounCategory('official')).toMatchObject({ personSense: true, plural: false });
  });

  it('knows nothing of words that are no nouns', () => {
    expect(nounCategory('xyzzy')).toBeUndefined();
    expect(nounCategory('constructor')?.category).toBe('person');
  });
});

describe('isLandform', () => {
  it.each(['river', 'glacier', 'lake', 'bay', 'mountains', 'ridge'])('%s is a natural feature', (word) => {
    expect(isLandform(word)).toBe(true);
  });

  // names of one river or mountain (instances in WordNet) and words of other things are not
  it.each(['mississippi', 'etna', 'company', 'office', 'bridge', 'official'])('%s is not', (word) => {
    expect(isLandform(word)).toBe(false);
  });
});

describe('isLandformNoun', () => {
  it.each(['river', 'mountains', 'company', 'mississippi', 'xyzzy'])('answers for the noun of %s as isLandform does', (word) => {
    expect(isLandformNoun(nounCategory(word))).toBe(isLandform(word));
  });
});

describe('startsPlaceName', () => {
  it.each(['new', 'south', 'united', 'saudi'])('%s starts a place name of several words', (word) => {
    expect(startsPlaceName(word)).toBe(true);
  });

  it.each(['president', 'official', 'tripoli'])('%s starts none', (word) => {
    expect(startsPlaceName(word)).toBe(false);
  });

  it('holds the first word of every place name of several words', () => {
    for (const name of ['new york', 'south korea', 'saudi arabia', 'united states']) {
      expect(isPlaceName(name)).toBe(true);
      expect(startsPlaceName(name.split(' ')[0] as string)).toBe(true);
    }
  });
});

describe('communication verbs', () => {
  it.each([
    ['tweeted', 'tweet'],
    ['wrote', 'write'],
    ['condemned', 'condemn'],
    ['described', 'describe'],
    ['testified', 'testify'],
    ['said', 'say'],
    ['told', 'tell'],
  ])('%s is a form of %s', (form, lemma) => {
    expect(isCommunicationVerb(form)).toBe(true);
    expect(communicationVerb(form)?.lemma).toBe(lemma);
  });

  it('leaves out other verbs', () => {
    expect(isCommunicationVerb('ate')).toBe(false);
    expect(isCommunicationVerb('bought')).toBe(false);
  });
});

describe('places, demonyms, first names', () => {
  it.each([
    ['tripoli', 'city'],
    ['paris', 'city'],
    ['new york', 'city'],
    ['france', 'country'],
    ['libya', 'country'],
    ['africa', 'continent'],
    ['western europe', 'region'],
  ])('%s is a %s', (name, kind) => {
    expect(placeOf(name)).toBe(kind);
  });

  it.each(['french', 'libyan', 'europeans', 'americans'])('%s is a demonym', (word) => {
    expect(isDemonym(word)).toBe(true);
  });

  it('gives the usual gender of a first name, none when the sources disagree', () => {
    expect(firstNameGender('maria')).toBe('f');
    expect(firstNameGender('john')).toBe('m');
    expect(firstNameGender('andrea')).toBeUndefined();
    expect(firstNameGender('jordan')).toBeUndefined();
  });
});

describe('generated data', () => {
  const files = generateLexicon();

  it('are what the generator writes today (run `npm run lexicon` after changing it or a source package)', () => {
    expect([...files.keys()].sort()).toEqual(Object.keys(DATA_VERSIONS).sort());
    for (const [file, text] of files) expect(readFileSync(join(GENERATED_DIR, file), 'utf8'), file).toBe(text);
  });

  it('name their own content hash', () => {
    for (const [file, text] of files) expect(text).toContain(`export const HASH = '${DATA_VERSIONS[file]}';`);
  });
}, 60_000);
