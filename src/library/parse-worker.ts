/** Worker thread entry (bundled as dist/parse-worker.js): parses the files the main thread sends. */
import { parentPort } from 'node:worker_threads';
import { wordSegmenter } from '../transcript/parse/word-segmenter.js';
import { parseJob } from './parse-job.js';

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  name: string;
}

parentPort?.on('message', (req: ParseRequest) => {
  const result = parseJob(req.bytes, req.name);
  parentPort!.postMessage({ id: req.id, result }, result.ok ? [result.chars.buffer as ArrayBuffer] : []);
});

// Load ICU's dictionary now, while the main thread is still finding the files to send.
wordSegmenter().segment('中文').containing(0);
