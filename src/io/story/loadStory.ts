import type { StoryParseResult } from '../../model';
import { fetchText } from '../fetchText';
import { resolveDatasetAddress } from '../datasetAddress';
import { INLINE_STORY_PREFIX, decodeStoryFromLink, parseStoryText } from './storyLink';

/**
 * Opens the story a link names: `story=~…` carries it inline; `story=<address>` names a story
 * JSON file (http or https only, like `data=`). Every way in ends in the same validation.
 */
export async function loadStoryParam(value: string, pageUrl: string): Promise<StoryParseResult> {
  if (value.startsWith(INLINE_STORY_PREFIX)) return decodeStoryFromLink(value);
  const address = resolveDatasetAddress(value, pageUrl, pageUrl);
  if (!address.ok) return { ok: false, issues: [{ record: '(the story link)', field: 'story', expected: address.message.replace('data address', 'story address').replace('a dataset JSON file', 'a story JSON file') }] };
  const fetched = await fetchText(address.url, () => undefined);
  if (!fetched.ok) return { ok: false, issues: [{ record: address.url.href, field: '', expected: fetched.message }] };
  return parseStoryText(fetched.text, address.url.href);
}
