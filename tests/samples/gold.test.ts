/**
 * The gold samples (samples/*.json), the held-apart sets (samples/<folder>/*.json) and the
 * training stories (training/*.json) obey ANNOTATION.md and never drift from their authoring
 * sources (samples/src/*.story, samples/<folder>/src/*.story, training/src/*.story). Nothing
 * here runs the engine.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildAll,
  buildSample,
  type GoldSample,
  KINDS,
  SAMPLES_DIR,
  type SampleSet,
  sampleSets,
  serializeSample,
  TRAINING_DIR,
  trainingSet,
} from '../../scripts/build-samples.js';

interface LoadedSample {
  file: string;
  raw: string;
  gold: GoldSample;
}

const load = (set: SampleSet): LoadedSample[] =>
  readdirSync(set.outDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(set.outDir, f), 'utf8');
      return { file: set.folder ? `${set.folder}/${f}` : f, raw, gold: JSON.parse(raw) as GoldSample };
    });

const sets = sampleSets().map((set) => ({ ...set, label: set.folder ? `samples/${set.folder}` : 'samples', samples: load(set) }));
const top = sets.find((s) => s.outDir === SAMPLES_DIR)!;
const samples = top.samples;
/** The training stories: checked like the samples, but never a sample set (eval never scores them). */
const training = { ...trainingSet(), label: 'training', samples: load(trainingSet()) };
const allSets = [...sets, training];

/** Length limits in words: the samples are wire stories; the held-apart sets and the training stories run longer. */
const wordRange = (label: string): [number, number] => (label === 'training' ? [350, 800] : label !== 'samples' ? [350, 900] : [250, 700]);

const words = (s: string): number => s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;

describe('sample set', () => {
  it('has at least 10 samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
  });

  it('has a diplomatic-meeting story whose unnamed palace source is quoted at least 6 times', () => {
    const found = samples.some(({ gold }) =>
      gold.sources.some((s) => s.kind === 'anonymous' && /palace/i.test(s.name) && gold.quotes.filter((q) => q.source === s.id).length >= 6),
    );
    expect(found).toBe(true);
  });

  it('covers every source kind, both justification values and unusual text', () => {
    const kinds = new Set<string>();
    const justified = new Set<boolean>();
    for (const { gold } of samples) {
      for (const q of gold.quotes) {
        const src = gold.sources.find((s) => s.id === q.source);
        kinds.add(src ? src.kind : 'unknown');
      }
      for (const s of gold.sources) if (s.justified !== undefined) justified.add(s.justified);
    }
    expect([...kinds].sort()).toEqual([...KINDS].sort());
    expect([...justified].sort()).toEqual([false, true]);
    const texts = samples.map((s) => s.gold.text);
    expect(texts.some((t) => t.includes('\r\n'))).toBe(true);
    expect(texts.some((t) => /\p{Extended_Pictographic}/u.test(t) && /\p{Script=Arabic}/u.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('«'))).toBe(true);
  });
});

describe('sample sets', () => {
  it('include the samples and every samples/<folder>/src', () => {
    const folders = readdirSync(SAMPLES_DIR).filter((f) => f !== 'src' && existsSync(join(SAMPLES_DIR, f, 'src')));
    expect(sets.map((s) => s.folder).filter(Boolean)).toEqual(folders.sort());
  });

  it('leave out training/, which lives outside samples/', () => {
    expect(sets.some((s) => s.outDir.startsWith(TRAINING_DIR))).toBe(false);
    expect(training.samples.length).toBeGreaterThanOrEqual(10);
  });

  it('use every sample id once across all sets and the training stories', () => {
    const ids = allSets.flatMap((s) => s.samples.map((x) => x.gold.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe.each(allSets)('$label', ({ storiesDir, samples: setSamples }) => {
  it('has one JSON file per .story file, with unique ids', () => {
    const ids = setSamples.map((s) => s.gold.id);
    expect(new Set(ids).size).toBe(ids.length);
    const stories = readdirSync(storiesDir)
      .filter((f) => f.endsWith('.story'))
      .map((f) => basename(f, '.story'))
      .sort();
    expect(ids).toEqual(stories);
  });
});

describe.each(allSets.flatMap((set) => set.samples.map((s) => ({ ...s, storiesDir: set.storiesDir, label: set.label }))))(
  '$file',
  ({ file, raw, gold, storiesDir, label }) => {
    it('is exactly what build-samples makes of its .story file', () => {
      const storyPath = join(storiesDir, `${basename(file, '.json')}.story`);
      expect(existsSync(storyPath)).toBe(true);
      const built = buildSample(gold.id, readFileSync(storyPath, 'utf8'));
      expect(raw).toBe(serializeSample(built));
    });

    it('has the gold shape of ANNOTATION.md', () => {
      expect(Object.keys(gold)).toEqual(['id', 'title', 'note', 'text', 'sources', 'quotes']);
      expect(gold.id).toBe(basename(file, '.json'));
      expect(gold.note.length).toBeGreaterThan(20);
      expect(gold.title).toBe(gold.text.split(/\r?\n/)[0]);
      for (const s of gold.sources) {
        expect(KINDS).toContain(s.kind);
        expect(Array.isArray(s.aliases)).toBe(true);
        if (s.kind === 'anonymous') expect(typeof s.justified).toBe('boolean');
        else expect(s).not.toHaveProperty('justified');
      }
      const ids = gold.sources.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('is a story of the set’s length, in paragraphs', () => {
      const [min, max] = wordRange(label);
      const n = words(gold.text);
      expect(n).toBeGreaterThanOrEqual(min);
      expect(n).toBeLessThanOrEqual(max);
      expect(gold.text.split(/\r?\n\r?\n/).length).toBeGreaterThan(5);
    });

    it('names every source and alias as the story does', () => {
      const text = gold.text.toLowerCase();
      const missing = gold.sources.flatMap((s) =>
        [s.name, ...s.aliases].filter((name) => !text.includes(name.toLowerCase())).map((name) => `${s.id}: ${name}`),
      );
      expect(missing).toEqual([]);
    });

    it('has quotes that slice the text, in order, without overlap, with known sources', () => {
      const ids = new Set(gold.sources.map((s) => s.id));
      let last = 0;
      for (const q of gold.quotes) {
        expect(gold.text.slice(q.start, q.end)).toBe(q.text);
        expect(q.start).toBeGreaterThanOrEqual(last);
        expect(q.end).toBeGreaterThan(q.start);
        last = q.end;
        if (q.source !== null) expect(ids.has(q.source), q.source).toBe(true);
      }
    });
  },
);

describe('build-samples over sub-folders', () => {
  const story = (quote: string) =>
    `note: A story of two lines, for the builder only.\nsource: a\n  kind: person\n  name: Ana Example\n---\nHeadline\n\n"⟦a|${quote}⟧" Ana Example said.\n`;

  it('builds samples/src and samples/<folder>/src, and refuses an id used twice', () => {
    const root = mkdtempSync(join(tmpdir(), 'samples-'));
    try {
      mkdirSync(join(root, 'src'));
      mkdirSync(join(root, 'held', 'src'), { recursive: true });
      mkdirSync(join(root, 'no-stories'));
      writeFileSync(join(root, 'src', 'one.story'), story('One.'));
      writeFileSync(join(root, 'held', 'src', 'two.story'), story('Two.'));
      const built = buildAll(root);
      expect(built.map((b) => [b.set.folder, b.samples.map((s) => s.id)])).toEqual([
        ['', ['one']],
        ['held', ['two']],
      ]);
      expect(built[1]?.set.outDir).toBe(join(root, 'held'));
      expect(built[1]?.samples[0]?.quotes[0]?.text).toBe('Two.');
      writeFileSync(join(root, 'held', 'src', 'one.story'), story('Again.'));
      expect(() => buildAll(root)).toThrow(/one is also used/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
