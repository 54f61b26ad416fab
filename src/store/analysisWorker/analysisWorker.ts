import { createAnalysisHandler } from './handleAnalysisMessage';
import type { AnalysisReply, AnalysisRequest } from './protocol';

/**
 * A large map's loops and centrality, off the main thread: betweenness alone is one search per
 * factor, seconds of work at 10,000 factors, which would otherwise hold the page.
 */
const handle = createAnalysisHandler((reply: AnalysisReply) => postMessage(reply));
addEventListener('message', (event: MessageEvent<AnalysisRequest>) => void handle(event.data));
