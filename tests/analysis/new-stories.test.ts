/**
 * Cases from stories the engine was not tuned on (issue 11), each one sentence or two of our own
 * writing: who speaks, and what must not become a source.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';

/** The speaker mention and source name of every quote and statement, in text order. */
function speakers(text: string): { quotes: string[]; statements: string[]; sources: string[] } {
  const r = check(text);
  const name = (id: string | null) => r.sources.find((s) => s.id === id)?.name ?? '—';
  return {
    quotes: r.quotes.map((q) => `${q.speakerMention?.text ?? '—'} → ${name(q.sourceId)}`),
    statements: r.statements.map((s) => `${s.text} ← ${s.speakerMention?.text ?? '—'}`),
    sources: r.sources.map((s) => `${s.name} (${s.kind})`),
  };
}

describe('attribution on new stories', () => {
  it('a place before `the official said` is not an appositive of the official', () => {
    const r = speakers(
      'Hifter used the meeting to justify his offensive on Tripoli, the official said, but added that "nothing was agreed." "We will keep talking," the official said.',
    );
    expect(r.quotes).toEqual(['the official → the official', 'the official → the official']);
    expect(r.sources).toEqual(['the official (anonymous)']);
  });

  it('an aside closed by its comma still joins the name before it', () => {
    const r = speakers('"We stay," said Hugh Hill, a doctor at the clinic, on Monday. Hill, the clinic\'s director, said the doors would stay open.');
    expect(r.sources).toEqual(['Hugh Hill (person)']);
  });

  it('a thousands comma never splits a number or a mention', () => {
    const r = speakers('Some 4,200 nurses at 38 hospitals said they would strike on Monday.');
    expect(r.statements).toEqual(['they would strike on Monday ← Some 4,200 nurses at 38 hospitals']);
  });

  it('the object inside a relative clause is not the speaker', () => {
    const r = speakers('An aide who was not authorized to speak to reporters said the plan "will never be built."');
    expect(r.sources).not.toContain('reporters (anonymous)');
    expect(r.quotes).toEqual(['An aide → An aide']);
  });

  it('`declined to comment … but said` keeps its subject', () => {
    const r = speakers('Pentagon spokeswoman Sabrina Cole declined to comment on the talks but said the military was "monitoring the situation closely."');
    expect(r.quotes).toEqual(['Pentagon spokeswoman Sabrina Cole → Sabrina Cole']);
  });

  it('a description in apposition before a name is part of the subject, not the content', () => {
    const r = speakers('A protester, Lena Brandt, said she opposed the plan.');
    expect(r.statements).toEqual(['she opposed the plan ← Lena Brandt']);
  });

  it('a place that speaks is an organization (its government), never a person', () => {
    const r = speakers('Moscow said on Friday that the talks had failed. South Korea said it would wait.');
    expect(r.sources).toEqual(['Moscow (organization)', 'South Korea (organization)']);
  });

  it('a place is never the antecedent of a pronoun for a person', () => {
    const r = speakers('Amira Haddad flew to Tripoli on Monday. "We will rebuild," she said.');
    expect(r.quotes).toEqual(['she → Amira Haddad']);
  });

  it('a thing speaks as a document does, never as an unnamed person', () => {
    const r = speakers('The clip says the senator "never showed up." The bribes said nothing about the contract.');
    for (const s of r.sources) expect(s).not.toMatch(/\(anonymous\)$/);
  });

  it('a crowd is not a source of its chant', () => {
    const r = speakers('Outside the hall the crowd chanted "No more cuts" for an hour.');
    expect(r.sources).toEqual([]);
  });

  it('a first name tells which pronoun refers to the person', () => {
    const r = speakers('Judge Elena Marchetti called a recess. Tomas Reyes, the defence lawyer, stood up. "My client signed nothing," he said.');
    expect(r.quotes).toEqual(['he → Tomas Reyes']);
  });

  it('a study written by a named lead author and her colleagues is hers', () => {
    const r = speakers('"The signal is strong," Dr. Maren Østberg and her colleagues wrote in the journal.');
    expect(r.quotes).toEqual(['Dr. Maren Østberg → Maren Østberg']);
  });

  it("a study's unnamed authors speak as the study, never as an anonymous source", () => {
    const r = speakers('A second study, published in March, reached the same result. "The timing matters most," the authors wrote.');
    expect(r.sources).toEqual(['A second study (organization)']);
  });

  it('prosecutors and the state auditor are institutions', () => {
    const r = speakers('Prosecutors said the scheme was "designed to trap them." The state auditor said the fund was "badly run."');
    expect(r.sources.map((s) => s.split(' (')[1])).toEqual(['organization)', 'organization)']);
  });

  it('a person named only by a first name, as the story says, is anonymous, and goes by that name', () => {
    const r = speakers('The witness, identified in court only as Ioana, spoke from behind a screen. "They took our passports," Ioana said.');
    expect(r.sources).toEqual(['Ioana (anonymous)']);
  });

  it('a one-word name is not taken for a first name alone without the story saying so', () => {
    const r = speakers('Mayor Han Seo-yeon opened the session. "No new taxes," Han said.');
    expect(r.sources.length).toBeGreaterThan(0);
    for (const s of r.sources) expect(s).toMatch(/\(person\)$/);
  });

  it("the president's office is Macron's office when the story names Macron president", () => {
    const r = speakers(
      'French President Emmanuel Macron met the commander. "Talks are over," the president\'s office said in a statement. Macron\'s office later said the statement "stands."',
    );
    expect(r.sources).toEqual(["Macron's office (organization)"]);
  });

  it.each([
    ['condemned … as', 'The ministry condemned the decision as "a gamble with the harvests."', 'The ministry → The ministry'],
    ['denounced … as', 'Senator Ruth Ames denounced the plan as "reckless."', 'Senator Ruth Ames → Ruth Ames'],
    ['dismissed … as', 'The company dismissed the report as "pure speculation."', 'The company → The company'],
  ])('a verb of communication from WordNet: %s', (_name, text, expected) => {
    expect(speakers(text).quotes).toEqual([expected]);
  });

  it('a verb of meaning does not take the quote: `it means`', () => {
    const r = speakers('Critics say the ruling is vague. It means the law "may never be enforced," the judge warned.');
    expect(r.quotes).toEqual(['the judge → the judge']);
  });

  it('a name ending in a common noun is a body, and its short form too', () => {
    const r = speakers('Baltica Line is in talks to buy Saaremere Shipping, two people said. Saaremere said in a filing that it had "received an approach."');
    expect(r.quotes).toEqual(['Saaremere → Saaremere Shipping']);
    expect(r.sources).toContain('Saaremere Shipping (organization)');
  });

  it('a title before the name makes a person, whatever body the title names', () => {
    const r = speakers('"I have had more email about this than about anything," said Council President Lorraine Okpara.');
    expect(r.sources).toEqual(['Lorraine Okpara (person)']);
  });

  it('a first name or a title says a common noun is a surname', () => {
    const r = speakers('"We will appeal," said Ann Fox. "So will we," said Senator Mark Stone.');
    expect(r.sources).toEqual(['Ann Fox (person)', 'Mark Stone (person)']);
  });

  it('a role and the name in apposition after it are one person, an owner inside the role aside', () => {
    const r = speakers('Baltica’s chief executive, Aleksi Virtanen, has big plans. Last month he wrote that the business was “too fragmented.”');
    expect(r.sources).toEqual(['Aleksi Virtanen (person)']);
  });

  it('`called for` reports what was asked for', () => {
    const r = speakers('The union called for an independent inquiry into the closures.');
    expect(r.statements).toEqual(['an independent inquiry into the closures ← The union']);
  });

  it('`according to` takes the noun phrase after it as the source, a thing speaking as a document', () => {
    const r = speakers('Turnout rose to 71 percent, according to the count. According to exit polls, the mayor led.');
    expect(r.statements).toEqual(['Turnout rose to 71 percent ← the count', 'the mayor led ← exit polls']);
    expect(r.sources).toEqual(['the count (organization)', 'exit polls (organization)']);
  });

  it('after `says`, the reported clause may open with any word', () => {
    const r = speakers('Mayor Ana Ruiz says too much is made of the delay.');
    expect(r.statements).toEqual(['too much is made of the delay ← Mayor Ana Ruiz']);
  });

  it('a titled name after an inverted verb keeps its article out (`said the Rev. …`)', () => {
    const r = speakers('"The town will heal," said the Rev. Tomasz Wierzba, of St. Anne\'s parish.');
    expect(r.quotes).toEqual(['Rev. Tomasz Wierzba → Tomasz Wierzba']);
  });

  it('a noun phrase ending the clause after an inverted verb is its subject, a document speaking as one', () => {
    const r = speakers('"The fee is lawful. The city may keep it," said the ruling. "Nobody told us," says the announcer.');
    expect(r.quotes).toEqual(['the ruling → the ruling', 'the announcer → the announcer']);
    expect(r.sources).toEqual(['the ruling (organization)', 'the announcer (person)']);
  });

  it('a document reads out its words; a person who read something did not say it', () => {
    expect(speakers('"Closed until spring," the notice read.').quotes).toEqual(['the notice → the notice']);
    expect(speakers('Harbour master tells court he read only the permits "that mattered"').quotes).toEqual(['— → —']);
  });

  it('a party-and-state aside is no person, and the name before it still speaks', () => {
    const r = speakers('"The bill is dead," Rep. Dana Whitcombe (R-Ohio), a member of the panel, said. Sen. Luis Ortega, D-N.M., said he "would try again."');
    expect(r.quotes).toEqual(['Rep. Dana Whitcombe → Dana Whitcombe', 'Sen. Luis Ortega → Luis Ortega']);
    expect(r.sources.some((s) => s.includes('Ohio') || s.includes('N.M.'))).toBe(false);
  });

  it('House Speaker is a title: the name after it is a person', () => {
    expect(speakers('House Speaker Marta Lindqvist said the vote "will wait."').sources).toEqual(['Marta Lindqvist (person)']);
  });

  it("a relative pronoun that is the verb's subject is the speaker's mention, and refers to the name", () => {
    const r = speakers('The plan was praised by Ivo Brandt, who called it "long overdue."');
    expect(r.quotes).toEqual(['who → Ivo Brandt']);
  });

  it('an adjective before a form in -s makes it a noun, not a cue (`Republican claims`)', () => {
    const r = speakers('The fact-checkers rated 30% of Republican claims as false.');
    expect(r.sources).toEqual([]);
  });

  it("a noun of speech after its owner's name attributes what follows it", () => {
    expect(speakers('Inspectors checked Mayor Lind’s claim that there were “hundreds of leaks” in the pipes.').quotes).toEqual(['Mayor Lind → Lind']);
    expect(speakers('Dr. Pell’s bold prediction: “The clinic will close by May.”').quotes).toEqual(['Dr. Pell → Pell']);
    expect(speakers('Olsen’s comments were brief.').statements).toEqual([]);
  });

  it('an auxiliary before the quotation does not make the inverted verb passive', () => {
    expect(speakers('This is "the same lead as in May," reported Reuters.').quotes).toEqual(['Reuters → Reuters']);
  });

  it("an opening phrase holds no subject for a participle that shares the sentence's", () => {
    const r = speakers('During a speech in the morning, Governor Alma Reyes attacked the plan, saying, "It is reckless."');
    expect(r.quotes).toEqual(['Governor Alma Reyes → Alma Reyes']);
  });

  it('a time phrase before the verb says when; the subject stands before it', () => {
    expect(speakers('Harbor Freight just this month announced it would close two stores.').statements).toEqual(['it would close two stores ← Harbor Freight']);
  });

  it('a report inside a report by the same speaker belongs to the outer one (`She said she recalls …`)', () => {
    const r = speakers('Judge Ada Moss spoke on Monday. She said she recalls the lawyer being "confused" by the question.');
    expect(r.quotes).toEqual(['She → Ada Moss']);
    expect(r.statements).toEqual(['she recalls the lawyer being "confused" by the question ← She']);
  });

  it('a word shaped like a nationality before a role modifies it and is no antecedent', () => {
    const r = speakers('Kessaran general told mediators the assault would go on, an official said. Later he said: "We have been patient."');
    expect(r.sources).toEqual(['Kessaran general (anonymous)', 'an official (anonymous)']);
    expect(r.quotes).toEqual(['he → Kessaran general']);
  });

  it('a war is no person: a pronoun never refers to `World War II`', () => {
    const r = speakers('Anna Lind was born in 1937, during World War II. Later she wrote: "We left at night."');
    expect(r.quotes).toEqual(['she → Anna Lind']);
  });

  it('a place set off by commas is part of an aside, never the speaker before one', () => {
    expect(speakers('"We stayed," Ana Ruiz, of Dover, Del., said on Monday.').quotes).toEqual(['Ana Ruiz → Ana Ruiz']);
    expect(speakers('The mayor spoke in Bergen, Norway, arguing that the budget was "too thin."').quotes).toEqual(['The mayor → The mayor']);
  });

  it('`it` reporting inside a report is what the outer speaker says (`She says it shows that …`)', () => {
    const r = speakers('Ana Ruiz spoke on Monday. She says it shows that the plan is "unworkable."');
    expect(r.quotes).toEqual(['She → Ana Ruiz']);
  });

  it('a noun phrase after `through` is no subject, and `was once asked` is passive', () => {
    expect(speakers('Fans marching through the square chanted "No more fees!" all night.').sources).not.toContain('the square (organization)');
    expect(speakers('The mayor was once asked how the strike would end.').statements).toEqual([]);
  });

  it("`'s` before a form in -s owns it: `the mayor's claims` is no cue", () => {
    expect(speakers('Residents say the mayor’s claims about the budget are wrong.').statements).toEqual([
      'the mayor’s claims about the budget are wrong ← Residents',
    ]);
  });

  it('a report of someone else inside a report, after a short phrase and `that`', () => {
    const r = speakers('Ana Ruiz said in Oslo that the mayor once described the plan as "a gamble."');
    expect(r.statements[0]).toBe('the mayor once described the plan as "a gamble." ← Ana Ruiz');
  });

  it("a headline that opens with a name and a colon gives that name's words", () => {
    const r = speakers('Ruiz: council must "stop the sell-off"\n\nMayor Ana Ruiz spoke on Monday.');
    expect(r.quotes).toEqual(['Ruiz → Ana Ruiz']);
    expect(speakers('Oslo: the ferry is late again\n\nNothing else.').statements).toEqual([]);
  });
});
