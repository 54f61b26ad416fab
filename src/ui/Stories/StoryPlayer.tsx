import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../model';
import { indexOf, useStoryPlayer } from '../../store';
import { visibleText } from '../../io/visibleText';
import { useNarrowScreen } from '../common/useNarrowScreen';
import { useCoverOfMap } from './useCoverOfMap';

// The player is on the first load (a story starting must find it there), its sources' list is not: it follows the card's text.
const CitationList = lazy(() => import('../DetailPanel/CitationList').then((module) => ({ default: module.CitationList })));

/**
 * Plays a story over the map: one step at a time, its caption and citations, with Previous and
 * Next (or the arrow keys while the player has focus). Each step shows its saved view.
 */
export function StoryPlayer({ dataset }: { dataset: Dataset }) {
  const story = useStoryPlayer((s) => s.story);
  const problem = useStoryPlayer((s) => s.problem);
  const step = useStoryPlayer((s) => s.step);
  const { goTo, stop } = useStoryPlayer.getState();
  const regionRef = useRef<HTMLElement>(null);
  // Closing hands focus back to what started the story (the Play button), never to the page's body.
  const openerRef = useRef<Element | null>(null);
  // On a phone the step's words fold under its title, so the map keeps most of the screen; once
  // opened, they stay open from step to step.
  const narrow = useNarrowScreen();
  const [reading, setReading] = useState(false);
  useCoverOfMap(regionRef, Boolean(story?.steps[step]));

  useEffect(() => {
    if (!story) return;
    if (!openerRef.current && !regionRef.current?.contains(document.activeElement)) openerRef.current = document.activeElement;
    regionRef.current?.focus();
  }, [story]);

  const close = () => {
    const back = openerRef.current;
    openerRef.current = null;
    stop();
    if ((back instanceof HTMLElement || back instanceof SVGElement) && back.isConnected && back !== document.body) back.focus();
  };

  if (problem) {
    return (
      <section className="story-player story-player--problem" role="alert">
        <p>{problem}</p>
        <button type="button" onClick={stop}>
          Close
        </button>
      </section>
    );
  }
  if (!story) return null;
  const current = story.steps[step];
  if (!current) return null;
  const last = story.steps.length - 1;
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowRight' || event.key === 'PageDown') goTo(dataset, step + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') goTo(dataset, step - 1);
    else if (event.key === 'Home') goTo(dataset, 0);
    else if (event.key === 'End') goTo(dataset, last);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const words = (
    <>
      <p className="story-caption">{visibleText(current.caption)}</p>
      {current.citations && current.citations.length > 0 && (
        <details className="story-citations">
          <summary>Sources for this step</summary>
          <Suspense fallback={null}>
            <CitationList index={indexOf(dataset)} citations={current.citations} />
          </Suspense>
        </details>
      )}
    </>
  );
  return (
    <section ref={regionRef} className="story-player" aria-label={`Story: ${visibleText(story.title)}`} tabIndex={-1} onKeyDown={onKeyDown} data-keeps-focus>
      <div className="story-player-head">
        <p className="story-player-title">{visibleText(story.title)}</p>
        <p className="story-player-count" aria-live="polite">
          Step {step + 1} of {story.steps.length}
        </p>
        <button type="button" className="close-button" aria-label="Close the story" onClick={close}>
          ×
        </button>
      </div>
      <h2 className="story-step-title">{visibleText(current.title)}</h2>
      {narrow ? (
        <details className="story-step-words" open={reading} onToggle={(e) => setReading(e.currentTarget.open)}>
          <summary>Read this step</summary>
          {words}
        </details>
      ) : (
        words
      )}
      <div className="story-controls">
        <button type="button" disabled={step === 0} onClick={() => goTo(dataset, step - 1)}>
          ← Previous
        </button>
        <button type="button" disabled={step === last} onClick={() => goTo(dataset, step + 1)}>
          Next →
        </button>
      </div>
    </section>
  );
}
