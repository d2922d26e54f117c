/**
 * The colours every output draws with: the SVG charts of the page, the download and the
 * classroom, and the PDF. public/style.css holds the same values as custom properties
 * (`--person`, `--ink`…) for the HTML; tests/render keeps the two equal. Colour is never the
 * only cue: the kind is always written next to it.
 */
import type { SourceKind } from '../analysis/story.js';

/** Bar colours: at least 3:1 against white (WCAG 1.4.11). */
export const KIND_COLOURS: Record<SourceKind, string> = {
  person: '#1d4ed8',
  organization: '#15803d',
  anonymous: '#b45309',
  unknown: '#4b5563',
};

export function kindColour(kind: string): string {
  return KIND_COLOURS[kind as SourceKind] ?? KIND_COLOURS.unknown;
}

export const COLOURS = {
  /** Body text. */
  ink: '#111827',
  /** Secondary text: captions, rule ids, footers. */
  muted: '#4b5563',
  /** Rules and borders. */
  line: '#d1d5db',
  /** The empty part of a bar, and table headers. */
  track: '#f3f4f6',
  /** Text inside the charts. */
  chartText: '#1f2937',
  /** Labels of the compare chart's bars. */
  chartLabel: '#374151',
  /** A warning's heading in the PDF. */
  warning: '#991b1b',
} as const;
