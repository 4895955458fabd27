import { z } from 'zod';
import { type Lexicon, lexiconSchema, metricEntrySchema, placeEntrySchema, sourceEntrySchema, subjectEntrySchema } from './schema';

const withId = <T extends z.ZodObject>(schema: T) => schema.partial().extend({ id: z.string().min(1) });

/** A per-case override: entries with a known id are amended (terms are added), new ids are appended. */
export const lexiconOverrideSchema = z.object({
  version: z.string().optional(),
  metrics: z.array(withId(metricEntrySchema)).optional(),
  subjects: z.array(withId(subjectEntrySchema)).optional(),
  places: z.array(withId(placeEntrySchema)).optional(),
  sources: z.array(withId(sourceEntrySchema)).optional(),
  hedges: z.array(z.string().min(1)).optional(),
  eventCues: z.array(z.string().min(1)).optional(),
});
export type LexiconOverride = z.input<typeof lexiconOverrideSchema>;

interface Entry {
  id: string;
  terms?: string[];
}

function mergeEntries<T extends Entry>(base: readonly T[], extra: readonly Partial<T>[] | undefined): unknown[] {
  if (!extra) return [...base];
  const out: unknown[] = [];
  const byId = new Map<string, Partial<T>>();
  for (const entry of extra) if (entry.id) byId.set(entry.id, { ...byId.get(entry.id), ...entry });
  for (const entry of base) {
    const patch = byId.get(entry.id);
    if (!patch) {
      out.push(entry);
      continue;
    }
    byId.delete(entry.id);
    out.push({ ...entry, ...patch, terms: unique([...(entry.terms ?? []), ...(patch.terms ?? [])]) });
  }
  out.push(...byId.values());
  return out;
}

/**
 * Only the fields an override wrote: parsing fills defaults (`broader: []`, `byName: false`), which must not wipe the
 * parents or flags of the entry it amends ("protesters" + "yellow vests" stays within people).
 */
function written<T extends object>(parsed: readonly T[] | undefined, raw: unknown): Partial<T>[] | undefined {
  if (!parsed) return undefined;
  const rawList: readonly unknown[] = Array.isArray(raw) ? raw : [];
  return parsed.map((entry, i) => {
    const given = rawList[i];
    const keys = typeof given === 'object' && given !== null ? new Set(Object.keys(given)) : null;
    return Object.fromEntries(Object.entries(entry).filter(([key]) => keys === null || keys.has(key))) as Partial<T>;
  });
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Applies a per-case override to a lexicon and validates the result (unknown parents or cycles throw). */
export function mergeLexicon(base: Lexicon, override: LexiconOverride): Lexicon {
  const patch = lexiconOverrideSchema.parse(override);
  return lexiconSchema.parse({
    version: patch.version ?? `${base.version}+case`,
    metrics: mergeEntries(base.metrics, written(patch.metrics, override.metrics)),
    subjects: mergeEntries(base.subjects, written(patch.subjects, override.subjects)),
    places: mergeEntries(base.places, written(patch.places, override.places)),
    sources: mergeEntries(base.sources, written(patch.sources, override.sources)),
    hedges: unique([...base.hedges, ...(patch.hedges ?? [])]),
    eventCues: unique([...base.eventCues, ...(patch.eventCues ?? [])]),
  });
}
