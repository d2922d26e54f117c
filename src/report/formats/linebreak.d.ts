/** The part of linebreak 1.1's API that the PDF layout uses (the package ships no types). */
declare module 'linebreak' {
  /** A break opportunity before `position`; `required` after a line break in the text. */
  interface Break {
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
