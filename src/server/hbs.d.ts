/** The part of hbs 4 (CommonJS, no bundled types) that quotecheck uses. */
declare module 'hbs' {
  type Helper = (...args: never[]) => unknown;
  interface HandlebarsEnvironment {
    SafeString: new (html: string) => { toString(): string };
    Utils: { escapeExpression(value: unknown): string };
    registerHelper(name: string, fn: Helper): void;
    registerPartial(name: string, template: string): void;
  }
  interface HbsInstance {
    handlebars: HandlebarsEnvironment;
    registerHelper(name: string, fn: Helper): void;
    registerPartial(name: string, template: string): void;
    __express: (path: string, options: object, callback: (err: Error | null, html?: string) => void) => void;
    create(): HbsInstance;
  }
  const hbs: HbsInstance;
  export default hbs;
}
