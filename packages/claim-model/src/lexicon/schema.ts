import { z } from 'zod';
import { ATTRIBUTION_KINDS } from '../claim';

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are snake_case');
const terms = z.array(z.string().min(1)).default([]);

export const METRIC_CATEGORIES = ['casualty', 'detention', 'security', 'economic', 'participation', 'humanitarian', 'health', 'electoral', 'measure'] as const;
export type MetricCategory = (typeof METRIC_CATEGORIES)[number];

/** A thing a figure counts. `terms` are the words that name it near a figure. */
export const metricEntrySchema = z.object({
  id,
  label: z.string().min(1),
  category: z.enum(METRIC_CATEGORIES),
  terms,
});

/** Who a figure counts. `broader` lists direct parents (police ⊂ law_enforcement); the taxonomy is acyclic. */
export const subjectEntrySchema = z.object({
  id,
  label: z.string().min(1),
  broader: z.array(id).default([]),
  /** Each member is its own group, told apart by the words that name it (parties: seats of one are not another's). */
  byName: z.boolean().default(false),
  terms,
});

export const PLACE_KINDS = ['region', 'country', 'province', 'city'] as const;

/** A place; `within` lists direct containers (Almaty ⊂ Kazakhstan ⊂ central_asia). */
export const placeEntrySchema = z.object({
  id,
  name: z.string().min(1),
  kind: z.enum(PLACE_KINDS),
  within: z.array(id).default([]),
  terms,
});

/** A source that can be named in an attribution. `generic` sources ("the police") keep the words as written. */
export const sourceEntrySchema = z.object({
  id,
  name: z.string().min(1),
  kind: z.enum(ATTRIBUTION_KINDS),
  official: z.boolean().default(false),
  generic: z.boolean().default(false),
  terms,
});

export const lexiconSchema = z
  .object({
    version: z.string().min(1),
    metrics: z.array(metricEntrySchema),
    subjects: z.array(subjectEntrySchema),
    places: z.array(placeEntrySchema),
    sources: z.array(sourceEntrySchema),
    /** Explicit uncertainty cues ("reportedly", "could not be independently verified"). */
    hedges: z.array(z.string().min(1)),
    /** Verbs that make a sentence an event claim ("stormed", "set fire to"). */
    eventCues: z.array(z.string().min(1)),
  })
  .superRefine((lexicon, ctx) => {
    checkGraph(lexicon.subjects.map((s) => ({ id: s.id, parents: s.broader })), 'subjects', ctx);
    checkGraph(lexicon.places.map((p) => ({ id: p.id, parents: p.within })), 'places', ctx);
    for (const [key, list] of [['metrics', lexicon.metrics], ['sources', lexicon.sources]] as const) {
      const seen = new Set<string>();
      for (const entry of list) {
        if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [key], message: `duplicate id ${entry.id}` });
        seen.add(entry.id);
      }
    }
  });

export type Lexicon = z.infer<typeof lexiconSchema>;
export type LexiconInput = z.input<typeof lexiconSchema>;
export type MetricEntry = z.infer<typeof metricEntrySchema>;
export type SubjectEntry = z.infer<typeof subjectEntrySchema>;
export type PlaceEntry = z.infer<typeof placeEntrySchema>;
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

interface Node {
  id: string;
  parents: string[];
}

function checkGraph(nodes: Node[], path: string, ctx: z.RefinementCtx): void {
  const byId = new Map<string, Node>();
  for (const node of nodes) {
    if (byId.has(node.id)) ctx.addIssue({ code: 'custom', path: [path], message: `duplicate id ${node.id}` });
    byId.set(node.id, node);
  }
  for (const node of nodes) {
    for (const parent of node.parents) {
      if (!byId.has(parent)) ctx.addIssue({ code: 'custom', path: [path], message: `${node.id} refers to unknown ${parent}` });
    }
  }
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: Node): boolean => {
    const s = state.get(node.id);
    if (s === 'done') return true;
    if (s === 'open') return false;
    state.set(node.id, 'open');
    for (const parent of node.parents) {
      const next = byId.get(parent);
      if (next && !visit(next)) return false;
    }
    state.set(node.id, 'done');
    return true;
  };
  for (const node of nodes) {
    if (!visit(node)) {
      ctx.addIssue({ code: 'custom', path: [path], message: `cycle through ${node.id}` });
      return;
    }
  }
}
