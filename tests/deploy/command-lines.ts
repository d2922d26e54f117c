/**
 * The `quotecheck …` command lines written in the deploy files and the README, as argument
 * lists: found wherever the word `quotecheck` is followed by an argument, then split as a POSIX
 * shell would (quotes, backslash-newline) up to the end of the command (`|`, `;`, `&&`, `||`,
 * `>`, `<`, `#`, a closing quote of an enclosing `sh -c '…'`, or the line's end). Variables
 * (`$i`, `"$data/x"`) stand for a word of text.
 */

/** Where a `quotecheck` word starts a command, and the words that follow it. */
export function commandLines(text: string): string[][] {
  const out: string[][] = [];
  const start = /(^|[\s|;&('"`])quotecheck(?=[ \t]+[-\w"'$])/g;
  for (let m = start.exec(text); m !== null; m = start.exec(text)) {
    const from = m.index + m[1]!.length + 'quotecheck'.length;
    const enclosing = m[1] === "'" || m[1] === '"' ? m[1] : null;
    out.push(words(text, from, enclosing));
  }
  return out;
}

function words(text: string, from: number, enclosing: string | null): string[] {
  const out: string[] = [];
  let word: string | null = null;
  const end = () => {
    if (word !== null) out.push(word);
    word = null;
  };
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '\n') {
      i++;
      end();
      continue;
    }
    if (c === enclosing || c === '\n' || c === '|' || c === ';' || c === '>' || c === '<' || c === '#' || c === '`' || (c === '&' && text[i + 1] === '&'))
      break;
    if (c === ' ' || c === '\t') {
      end();
      continue;
    }
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      if (close === -1) break;
      word = (word ?? '') + substitute(text.slice(i + 1, close));
      i = close;
      continue;
    }
    if (c === '$') {
      const v = /^\$(\{[^}]*\}|\w+|\?)/.exec(text.slice(i));
      word = `${word ?? ''}X`;
      if (v) i += v[0].length - 1;
      continue;
    }
    word = (word ?? '') + c;
  }
  end();
  return out;
}

function substitute(s: string): string {
  return s.replace(/\$(\{[^}]*\}|\w+)/g, 'X');
}

/** Shell (and YAML, Python) comments out: from a `#` at a line's start or after a blank to the line's end. */
export function withoutComments(code: string): string {
  return code.replace(/(^|[ \t])#.*$/gm, '$1');
}

/** The code of a Python file: without its docstrings and comments. */
export function pythonCode(source: string): string {
  return withoutComments(source.replace(/"""[\s\S]*?"""/g, ''));
}

/** The code of a Markdown file: its fenced blocks (without their comments) and its inline code spans. */
export function markdownCode(markdown: string): string[] {
  const blocks: string[] = [];
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm, (_all, _fence, body: string) => {
    blocks.push(withoutComments(body));
    return '';
  });
  for (const m of prose.matchAll(/`([^`\n]+)`/g)) blocks.push(m[1]!);
  return blocks;
}
