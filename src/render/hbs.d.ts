/** The part of hbs 4 (CommonJS, no bundled types) that quotecheck uses: its Handlebars. */
declare module 'hbs' {
  type Template = (context: unknown, options?: object) => string;
  interface CompileOptions {
    /** Do not indent a standalone partial's output (it would indent the story's lines). */
    preventIndent?: boolean;
    strict?: boolean;
    knownHelpersOnly?: boolean;
  }
  interface HandlebarsEnvironment {
    compile(source: string, options?: CompileOptions): Template;
    registerPartial(name: string, partial: Template): void;
  }
  interface HbsInstance {
    handlebars: HandlebarsEnvironment;
    create(): HbsInstance;
  }
  const hbs: HbsInstance;
  export default hbs;
}
