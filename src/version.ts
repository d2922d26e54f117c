/** The package version, kept in step with package.json by a test. */
export const VERSION = '0.1.0';

/**
 * The engine's version: bump it whenever a change to src/analysis (a rule, a word list) may change
 * what `analyze` finds in some story, so that reports made before and after can be told apart.
 * The generated data files have their own hashes (`DATA_VERSIONS`); this covers the code and the
 * hand-written lists.
 */
export const ENGINE_VERSION = '2026.12.7';
