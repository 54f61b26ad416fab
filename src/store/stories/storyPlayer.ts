import { create } from 'zustand';
import type { Dataset, Story } from '../../model';
import { applyViewQuery } from './applyViewQuery';

interface StoryPlayerState {
  story: Story | null;
  step: number;
  /** Why a story from a link could not be played, located; shown until closed. */
  problem: string | null;
}

interface StoryPlayerActions {
  /** Starts a story at its first step (or another), showing that step's view. */
  play(dataset: Dataset, story: Story, step?: number): void;
  goTo(dataset: Dataset, step: number): void;
  stop(): void;
  refuse(problem: string): void;
}

/** The story being played: which one and which step. Each step's view goes through the view store. */
export const useStoryPlayer = create<StoryPlayerState & StoryPlayerActions>()((set, get) => ({
  story: null,
  step: 0,
  problem: null,
  play(dataset, story, step = 0) {
    set({ story, step: 0, problem: null });
    get().goTo(dataset, step);
  },
  goTo(dataset, step) {
    const { story } = get();
    if (!story) return;
    const clamped = Math.max(0, Math.min(story.steps.length - 1, step));
    set({ step: clamped });
    applyViewQuery(dataset, story.steps[clamped]?.view ?? '');
  },
  stop: () => set({ story: null, step: 0, problem: null }),
  refuse: (problem) => set({ story: null, step: 0, problem }),
}));
