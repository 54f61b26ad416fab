import { parse as parseLeniently, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { MAX_JSON_DEPTH, lineAndColumn, tooDeepAt } from './jsonDepth';
import { withoutByteOrderMark } from './byteOrderMark';

export { MAX_JSON_DEPTH, lineAndColumn, tooDeepAt } from './jsonDepth';

/** Parses JSON text, and when it is not JSON says where (line and column), as an editor would. */
export type JsonTextResult =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; message: string };

const PLAIN_REASONS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the text goes on after the JSON ends',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed escape',
  InvalidCharacter: 'a character that must be escaped (such as a raw line break) inside a string',
};

/** JSON.parse is the authority on validity; jsonc-parser only locates the first problem it rejects. */
function firstProblem(text: string): { offset: number; reason: string } {
  const errors: ParseError[] = [];
  parseLeniently(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { offset: text.length, reason: 'the text is not valid JSON' };
  const code = printParseErrorCode(first.error);
  return { offset: first.offset, reason: PLAIN_REASONS[code] ?? code };
}

export function parseJsonText(input: string): JsonTextResult {
  const text = withoutByteOrderMark(input);
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const { line, column } = lineAndColumn(text, deep);
    return {
      ok: false,
      line,
      column,
      message: `nested more than ${MAX_JSON_DEPTH} levels deep at line ${line}, column ${column}: no dataset needs this, so the file is refused before reading (it may be damaged, or made to crash readers)`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const { offset, reason } = firstProblem(text);
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, line, column, message: `not valid JSON at line ${line}, column ${column}: ${reason}` };
  }
}
