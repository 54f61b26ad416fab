import type { AnalysisReply, AnalysisRequest } from './protocol';
import { runFactorAnalysis } from './runFactorAnalysis';

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The analysis worker's logic, apart from the worker itself so a test can drive it: each request
 * starts a job, answered by its loops, its progress and its centrality; a newer job or a cancel
 * stops the one before at its next slice.
 */
export function createAnalysisHandler(post: (reply: AnalysisReply) => void, pause: () => Promise<void> = macrotask) {
  let current = -1;
  return async function handle(request: AnalysisRequest): Promise<void> {
    if (request.type === 'cancel') {
      if (request.job === current) current = -1;
      return;
    }
    const { job } = request;
    current = job;
    try {
      await runFactorAnalysis(request.input, {
        loops: (search) => post({ type: 'loops', job, search }),
        progress: (progress) => post({ type: 'progress', job, progress }),
        betweenness: (values) => post({ type: 'betweenness', job, values: [...values] }),
        pause,
        cancelled: () => current !== job,
      });
    } catch (error) {
      post({ type: 'failed', job, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
