/**
 * The sample gallery's teaching notes (/learn/samples): for teachers and students, what to notice
 * about each sample's sourcing. The samples' own `note` field describes them for the developers
 * who test the engine on them (encodings, line endings, marks); these are for the classroom.
 * Written for quotecheck; a sample without a note here shows its developer note.
 */
export const TEACHING_NOTES: Readonly<Record<string, string>> = {
  'arctic-mine':
    'Who tells the story of a rescue? Notice the lines at the top that nobody is said to have written, and a miner whose words are set off by a dash instead of “said”. One rescuer is not named, and the story says why; ask whether the residents and the woman who speak without names get a reason too.',
  'cholera-clinic':
    'A health story with doctors, a nurse and the World Health Organization. Look at how each person is introduced: a name followed by a job (“a doctor at the clinic”) tells the reader why they should listen. The WHO speaks as an organization, once in its own words and once in the reporter’s paraphrase: find both and compare them.',
  'cup-semifinal-unicode':
    'A match report where every quote comes from a named player, coach or the league. Find the one quote that has no “said” of its own: the speaker is only in the sentence before it. Can a reader still tell who is talking?',
  'data-leak-regulator':
    'Organizations do much of the talking: a regulator, a company and its written statement. One quote runs over several paragraphs and is tagged only once. An engineer is not named and the story says why; the employees who complain are not named either. Does the story tell you why?',
  'geneva-prisoners':
    'Almost every quoted word comes from people the story does not name: diplomats, officials, “sources”. Count how many get a reason for their anonymity. “Declined to be named” says that a name is withheld, not why: is that enough for a reader to trust them?',
  'lost-harvest':
    'One farmers’ leader carries most of the story, quoted again and again. A ministry spokeswoman answers her without a name and without a reason. Whose side of the story do readers hear most, and whose side rests on a source they cannot check?',
  'palace-talks':
    'A diplomatic meeting told mostly through one unnamed palace official. The story explains once why the official is not named; after that, “the official”, “he” and “the palace official” all point back to the same person. How much of what you learn rests on someone you cannot identify?',
  'port-permits-trial':
    'A courtroom exchange where questions and answers follow each other with no “she asked” or “he replied”. Work out who speaks each line from the order of the turns, then check: which lines would you tag to make them clear? Some words in quotation marks here are names and titles, not things anyone said.',
  'radio-waiting-lists':
    'A radio debate between a host and a minister. After the first lines nobody is tagged: the reader has to keep track of whose turn it is. Try it, then ask where one “the minister said” would help.',
  'recount-yesilkopru':
    'A disputed election told through both candidates and one unnamed official of the election board, who is never given a reason for staying unnamed. Much of what the story knows is in paraphrase (“said on Monday that…”, “according to…”) rather than quotation marks: paraphrase has a source too.',
  'red-sky-premiere':
    'Culture stories are full of quotation marks that are not quotes: titles of films and albums, and a nickname. Only words someone said or wrote count as quotes. Find them, and notice that every quote here comes from someone named.',
  'seongdo-budget':
    'One named official carries the story: the mayor is quoted many times as “Han”, “she” and “the mayor”. Her office also speaks, as an organization, through a written statement. A councilor who disagrees gets far fewer words: is the story balanced?',
  'shipyard-guillemets':
    'A story first written in French, with its quotation marks (« … »). A company speaking through a statement is an organization; a union delegate quotes a minister inside her own words, so the minister’s words reach you second-hand. Workers at the gate speak without names and without a reason.',
  'sugar-obituary':
    'An obituary full of quotation marks: song titles, a nickname, an old saying nobody is credited with, and the memories of people who knew the musician. Sort them: which are quotes, which have a source, and which unnamed sources (a club owner, a promoter) are given no reason?',
  'water-protest':
    'Not every quotation mark belongs to a speaker: a chant, a banner and graffiti have no stated source, and “so-called” marks words as the story’s doubt, not anyone’s speech. Two residents are unnamed because they fear reprisals; a woman who gives only her first name gets no reason.',
};

/** The note the gallery shows for a sample: its teaching note, else its own. */
export function teachingNote(sample: { id: string; note: string }): string {
  return TEACHING_NOTES[sample.id] ?? sample.note;
}
