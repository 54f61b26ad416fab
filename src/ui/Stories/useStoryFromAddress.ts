import { useEffect } from 'react';
import { formatIssue, type Dataset } from '../../model';
import { droppedFromAddress, MAX_PARAM_CHARS, pageAddress, storyParam, useStoryPlayer } from '../../store';

/** A link with `story=` opens the map playing that story, or says exactly why it cannot. */
export function useStoryFromAddress(dataset: Dataset): void {
  useEffect(() => {
    const value = storyParam();
    const cut = droppedFromAddress().find((p) => p.name === 'story');
    if (cut) {
      useStoryPlayer
        .getState()
        .refuse(
          `This link’s story cannot be played: the story in the link is ${cut.chars.toLocaleString('en-GB')} characters long, longer than any story link this map makes (at most ${MAX_PARAM_CHARS.toLocaleString('en-GB')}), so it was not read; the link may be damaged, or made to freeze the page. A long story can be shared as a file instead.`,
        );
      return;
    }
    if (!value) return;
    let current = true;
    // Story links are rare: their reader (and its decompressor) loads only when a link carries one.
    void import('../../io/story/loadStory')
      .then(({ loadStoryParam }) => loadStoryParam(value, pageAddress()))
      .then((result) => {
        if (!current) return;
        if (result.ok) useStoryPlayer.getState().play(dataset, result.story);
        else useStoryPlayer.getState().refuse(`This link’s story cannot be played: ${result.issues.slice(0, 5).map(formatIssue).join('; ')}`);
      });
    return () => {
      current = false;
    };
  }, [dataset]);
}
