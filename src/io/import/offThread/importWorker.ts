import { importFiles } from '../importFile';
import { datasetFromText } from '../../datasetFromText';
import type { ImportReply, OffThreadRequest } from './importProtocol';

/**
 * Reading and mapping a file, off the main thread: a million-row CSV or a large workbook takes
 * seconds to parse, which on the page's thread would freeze it with no way to stop. Here the page
 * stays answerable, hears how far the reading has got, and can end it by ending this worker.
 */
const reply = (message: ImportReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<OffThreadRequest>) => {
  const request = event.data;
  const onProgress = (message: string) => reply({ type: 'progress', message });
  const working =
    request.type === 'import'
      ? importFiles(request.files, { ...(request.today ? { today: request.today } : {}), onProgress })
      : datasetFromText(request.text, request.name, request.href);
  void working.then((outcome) => reply({ type: 'done', outcome }));
});
