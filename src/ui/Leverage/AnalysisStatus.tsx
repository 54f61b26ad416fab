import type { ReactNode } from 'react';
import type { Dataset } from '../../model';
import { LARGE_ANALYSIS_FACTORS, type FactorAnalysis } from '../../store';
import './analysisStatus.css';

const count = (n: number) => n.toLocaleString('en-GB');

interface AnalysisStatusProps {
  dataset: Dataset;
  analysis: FactorAnalysis;
  /** What this view needs: centrality too, or the loops alone. */
  needsCentrality: boolean;
  /** What the view shows meanwhile and what may still change, said while the work runs. */
  meanwhile?: ReactNode;
}

/**
 * On a large map, what is still being computed and how far it has got, as a polite status (busy
 * while work remains) with a progress bar for centrality; once done, one line says so. Small maps
 * are computed at once and show nothing here.
 */
export function AnalysisStatus({ dataset, analysis, needsCentrality, meanwhile }: AnalysisStatusProps) {
  if (dataset.factors.length <= LARGE_ANALYSIS_FACTORS) return null;
  const loopsDone = analysis.loops !== null;
  const centralityDone = !needsCentrality || analysis.betweenness !== null;
  const busy = !loopsDone || !centralityDone;
  const progress = analysis.progress;
  return (
    <div className="analysis-status" role="status" aria-busy={busy}>
      {!busy ? (
        <p>
          Loops{needsCentrality ? ' and centrality' : ''} computed for all {count(dataset.factors.length)} factors.
        </p>
      ) : (
        <>
          <p>
            {loopsDone ? 'Feedback loops found. ' : 'Finding feedback loops… '}
            {needsCentrality &&
              (progress
                ? `Computing centrality: ${count(progress.done)} of ${count(progress.total)} factors’ shortest routes searched.`
                : 'Centrality comes next.')}
          </p>
          {needsCentrality && (
            <progress
              aria-label="Centrality computed"
              max={progress?.total ?? undefined}
              value={progress ? progress.done : undefined}
            />
          )}
          {meanwhile && <p className="analysis-status-meanwhile">{meanwhile}</p>}
        </>
      )}
    </div>
  );
}
