import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Dataset text is data, never HTML: no source file may turn text into markup or code. A guard,
 * alongside the hostile corpus's browser test, so a new component cannot slip one in unnoticed.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));

const FORBIDDEN: Array<[RegExp, string]> = [
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/\.innerHTML\b/, 'innerHTML'],
  [/\.outerHTML\b/, 'outerHTML'],
  [/insertAdjacentHTML/, 'insertAdjacentHTML'],
  [/document\.write/, 'document.write'],
  [/createContextualFragment/, 'createContextualFragment'],
  [/\beval\s*\(/, 'eval'],
  [/new Function\s*\(/, 'new Function'],
  [/\bsrcdoc\b/i, 'srcdoc'],
  [/DOMParser/, 'DOMParser'],
];

/** Reviewed uses, each with why it cannot carry markup from a dataset. */
const ALLOWED: Record<string, string[]> = {
  // Re-parses the app's own export SVG, built with text nodes and serialised by XMLSerializer, so
  // dataset text in it is escaped character data, never elements.
  'src/ui/Export/usePrintSheet.ts': ['DOMParser'],
  // @xmldom's parser reads an imported GEXF or GraphML file into a document for graphology; nothing of it reaches the page.
  'src/io/formats/xmlDocument.ts': ['DOMParser'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('no source file turns text into markup or code', () => {
  it('finds no innerHTML, dangerouslySetInnerHTML, eval or the like in src/', () => {
    const found: string[] = [];
    const files = [...sourceFiles(join(root, 'src')), join(root, 'index.html')];
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const name = relative(root, file);
      const text = readFileSync(file, 'utf8');
      for (const [pattern, what] of FORBIDDEN) {
        if (pattern.test(text) && !(ALLOWED[name] ?? []).includes(what)) found.push(`${name}: ${what}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('has no inline script or inline event handler in the page', () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
