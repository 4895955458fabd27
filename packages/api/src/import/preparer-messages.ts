import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import type { ImportItem, ImportResult, PreparedFile } from './prepare-file';

/** What the pool sends a file-preparing thread: one file, and the import's lexicon when the thread lacks it. */
export interface PreparerRequest {
  jobId: number;
  position: number;
  item: ImportItem;
  lexicon?: Lexicon;
}

/** A thread says `ready` once it has loaded (the time limit counts a file's work, not a thread's start), then answers each file. */
export type PreparerAnswer = { ready: true } | { jobId: number; prepared: PreparedFile | ImportResult } | { jobId: number; error: string };
