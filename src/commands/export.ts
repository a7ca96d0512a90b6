import type { Transcript } from '../transcript/model.js';

/** The model as JSON, with exactly the fields of the Transcript type (optional ones only when set). */
export function exportJson(t: Transcript): string {
  return JSON.stringify(t, null, 2) + '\n';
}
