import { strFromU8, strToU8, zlibSync } from 'fflate';
import { parseStory, type Story, type StoryParseResult } from '../../model';
import { parseJsonText } from '../jsonText';
import { unzlibWithin } from '../unpack/inflateWithin';
import { megabytes } from '../sizeLimit';

/**
 * A story travels in a link as compressed JSON in base64url (`?story=~<text>`), so a link holds a
 * whole story with no server. The "~" tells it apart from `?story=<address of a story file>`.
 */
export const INLINE_STORY_PREFIX = '~';
/** Inflating stops as soon as the story passes this size (a zip bomb in a link). */
const MAX_STORY_TEXT = 1_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(padded);
  // A plain loop: Uint8Array.from with a mapping function takes a long task on a 1 MB link.
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeStoryForLink(story: Story): string {
  return INLINE_STORY_PREFIX + toBase64Url(zlibSync(strToU8(JSON.stringify(story)), { level: 9 }));
}

const DAMAGED = 'the whole link: this one is cut short or damaged; ask for the link again';
const refused = (expected: string): StoryParseResult => ({ ok: false, issues: [{ record: '(the story in the link)', field: 'story', expected }] });

/** Reads a story from a link's `story=` value; any damage is a located issue, never a throw. */
export function decodeStoryFromLink(value: string): StoryParseResult {
  if (!value.startsWith(INLINE_STORY_PREFIX)) return refused('a story written by "Copy story link" (it starts with "~")');
  let packed: Uint8Array;
  try {
    packed = fromBase64Url(value.slice(INLINE_STORY_PREFIX.length));
  } catch {
    return refused(DAMAGED);
  }
  const inflated = unzlibWithin(packed, MAX_STORY_TEXT);
  if (!inflated.ok && inflated.tooLarge) return refused(`a story under ${megabytes(MAX_STORY_TEXT)} (this link unpacks to more than that, and unpacking stopped there)`);
  if (!inflated.ok) return refused(DAMAGED);
  return parseStoryText(strFromU8(inflated.bytes), '(the story in the link)');
}

/** Reads a story file's text: JSON errors with line and column, then the story's own checks. */
export function parseStoryText(text: string, where: string): StoryParseResult {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, issues: [{ record: where, field: '', expected: `valid JSON: ${json.message}` }] };
  return parseStory(json.value);
}
