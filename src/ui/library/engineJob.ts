/**
 * Builds the library's search engine in idle time, in steps: the models a few at a time, then
 * the engine's index in one go (the engine builds it whole). The list is usable meanwhile.
 */
import type { Library } from '../../library/open.js';
import { libraryEngine, type LibraryEngine } from '../../library/search.js';
import type { Transcript } from '../../transcript/model.js';

/** Models parsed per step: each is a JSON.parse of a few kilobytes. */
const MODELS_PER_STEP = 25;

export interface EngineJob {
  /** One piece of the work; true when the engine is ready. */
  step(): boolean;
  engine(): LibraryEngine | null;
  /** Share of the models loaded, 0..1. */
  progress(): number;
}

export function engineJob(lib: Library, onUpdate: () => void): EngineJob {
  const models: Transcript[] = [];
  let engine: LibraryEngine | null = null;
  return {
    step() {
      if (engine) return true;
      const items = lib.items;
      if (models.length < items.length) {
        for (const it of items.slice(models.length, models.length + MODELS_PER_STEP)) models.push(lib.transcript(it));
        return false;
      }
      engine = libraryEngine(lib, { onUpdate, transcripts: models });
      engine.index();
      // The library keeps its own copies of the models only as long as nobody else holds them.
      lib.forget();
      return true;
    },
    engine: () => engine,
    progress: () => (lib.items.length ? models.length / lib.items.length : 1),
  };
}
