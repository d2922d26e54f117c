/**
 * How much work one uploaded file may cost, derived from the largest story the web app checks
 * (2 MB of text). A limit here only refuses what no such story needs, so it matches the work:
 * a file under them all is read in time and memory proportional to it. README.md (Speed and
 * robustness) states the same numbers.
 */

const MB = 1024 * 1024;

/** The largest story the web app checks (its default text limit): the unit of the limits below. */
export const STORY_BYTES = 2 * MB;

/**
 * The most a .docx's main part (word/document.xml) may unpack to. Word writes some 300 to 600
 * bytes of markup per paragraph (properties, revision ids, run properties) besides the text: a
 * 2 MB story of 10,000 paragraphs is 5 to 8 MB of XML, and 16 MB leaves twice that.
 */
export const MAX_DOCUMENT_XML = 16 * MB;

/**
 * The default cap on the total a .docx declares it unpacks to: its main part (above), plus as
 * much again for styles, fonts and pictures (which hardly compress, so a 10 MB upload holds at
 * most about 10 MB of them). Only declared sizes are added up; the parts that are read are
 * inflated with an output cap, so a file that lies about them is caught too.
 */
export const DEFAULT_UNZIPPED_LIMIT = 32 * MB;

/**
 * The most paragraphs (`<w:p>`) a .docx may hold. A news paragraph averages 150 to 350 bytes,
 * and even a story of one-line paragraphs (results, a transcript) averages over 40: 2 MB is at
 * most about 50,000 of them. Twice that leaves room for an empty spacing paragraph after each
 * one (a common way of typing) and for tables, one paragraph per cell; 60 MB of one-letter
 * paragraphs would be 1.8 million.
 */
export const MAX_DOCX_PARAGRAPHS = 100_000;

/**
 * The most runs (`<w:r>`, and as many text elements `<w:t>`) a .docx may hold. Word starts a
 * run wherever formatting or the editing session changes; a story edited word by word has about
 * one per word, 6 bytes of text (a 5-letter word and a space): 350,000 in 2 MB.
 */
export const MAX_DOCX_RUNS = 500_000;

/** The most the package relationships (`_rels/.rels`, a few hundred bytes in practice) may unpack to. */
export const MAX_RELS_BYTES = 1 * MB;

/** The most entries a .docx's ZIP may list (Word writes a dozen or so, plus one per picture). */
export const MAX_ZIP_ENTRIES = 5000;
