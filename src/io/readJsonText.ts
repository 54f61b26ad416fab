import { tooDeepAt } from './jsonDepth';
import { withoutByteOrderMark } from './byteOrderMark';
import type { JsonTextResult } from './jsonText';

/**
 * The same result as parseJsonText, for the first load: a well-formed file is read with JSON.parse
 * alone, and only a broken (or hostile) one loads the locator that says where it breaks, with
 * jsonc-parser behind it. Almost every visit opens a good file, so almost none downloads it.
 */
export async function readJsonText(input: string): Promise<JsonTextResult> {
  const text = withoutByteOrderMark(input);
  if (tooDeepAt(text) < 0) {
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
    }
  }
  const { parseJsonText } = await import('./jsonText');
  return parseJsonText(input);
}
