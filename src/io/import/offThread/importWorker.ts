import { importFiles } from '../importFile';
import type { ImportReply, ImportRequest } from './importProtocol';

/**
 * Reading and mapping a file, off the main thread: a million-row CSV or a large workbook takes
 * seconds to parse, which on the page's thread would freeze it with no way to stop. Here the page
 * stays answerable, hears how far the reading has got, and can end it by ending this worker.
 */
const reply = (message: ImportReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { files, today } = event.data;
  void importFiles(files, { ...(today ? { today } : {}), onProgress: (message) => reply({ type: 'progress', message }) }).then((outcome) => reply({ type: 'done', outcome }));
});
