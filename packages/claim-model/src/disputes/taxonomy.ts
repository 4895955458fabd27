/** The part of a lexicon dispute detection reads: the subject taxonomy and the place hierarchy. */
export interface DisputeLexicon {
  /** Metric categories (`casualty`, `detention`, `measure`…) refine triage; a `measure` is never disputed. */
  metrics?: ReadonlyArray<{ id: string; category: string }>;
  /** `byName`: each group of that subject is its own proposition, told apart by its words (one party, not another). */
  subjects: ReadonlyArray<{ id: string; broader?: readonly string[]; general?: boolean; byName?: boolean }>;
  /** `kind: 'country'` marks the level a figure with no place is read at. */
  places: ReadonlyArray<{ id: string; kind?: string; within?: string | readonly string[] | null }>;
  /** Kinds of story and their words, which keep two events in one case apart; defaults to `DEFAULT_EVENT_KINDS`. */
  eventKinds?: ReadonlyArray<{ id: string; terms: readonly string[] }>;
}

// Subjects that may include everyone: a figure about them is compatible with any narrower group.
const GENERAL_SUBJECT_IDS = new Set([
  'people',
  'person',
  'persons',
  'population',
  'individuals',
  'residents',
]);

/** How two scopes (subjects or places) relate: the same, one nested in the other, or unrelated. */
export type ScopeRelation = 'same' | 'a-narrower' | 'b-narrower' | 'unrelated';

/** Ancestor lookups over a lexicon, memoised: each id's chain is computed once. */
export class Taxonomy {
  private readonly subjectParents = new Map<string, readonly string[]>();
  private readonly placeParents = new Map<string, readonly string[]>();
  private readonly generalSubjects = new Set(GENERAL_SUBJECT_IDS);
  private readonly byNameSubjects = new Set<string>();
  private readonly subjectAncestorMemo = new Map<string, ReadonlySet<string>>();
  private readonly placeAncestorMemo = new Map<string, ReadonlySet<string>>();
  private readonly familyMemo = new Map<string, string | null>();
  private readonly placeRootMemo = new Map<string, string>();
  private readonly countries = new Set<string>();
  private readonly metricCategories = new Map<string, string>();

  constructor(lexicon: DisputeLexicon | undefined) {
    for (const s of lexicon?.subjects ?? []) {
      this.subjectParents.set(s.id, s.broader ?? []);
      if (s.general === true) this.generalSubjects.add(s.id);
      if (s.byName === true) this.byNameSubjects.add(s.id);
    }
    for (const m of lexicon?.metrics ?? []) this.metricCategories.set(m.id, m.category);
    for (const p of lexicon?.places ?? []) {
      if (p.kind === 'country') this.countries.add(p.id);
      const within = p.within ?? [];
      this.placeParents.set(p.id, typeof within === 'string' ? [within] : within);
    }
  }

  isGeneralSubject(id: string | null): boolean {
    return id === null || this.generalSubjects.has(id);
  }

  /** True when each group of the subject is told apart by the words naming it. */
  isByName(id: string | null): boolean {
    return id !== null && this.byNameSubjects.has(id);
  }

  /** The topmost non-general ancestor of a subject (its "family"), or null for a general subject. */
  subjectFamily(id: string | null): string | null {
    if (id === null) return null;
    const memo = this.familyMemo.get(id);
    if (memo !== undefined) return memo;
    let family: string | null = this.generalSubjects.has(id) ? null : id;
    const seen = new Set<string>([id]);
    let frontier = [id];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const parent of this.subjectParents.get(node) ?? []) {
          if (seen.has(parent)) continue;
          seen.add(parent);
          if (!this.generalSubjects.has(parent)) family = parent;
          next.push(parent);
        }
      }
      frontier = next;
    }
    this.familyMemo.set(id, family);
    return family;
  }

  /** The lexicon's category of a metric, if it has one. */
  metricCategory(id: string): string | undefined {
    return this.metricCategories.get(id);
  }

  /** The country a place lies in (itself if a country); else the top of its hierarchy, or itself for a region. */
  placeRoot(id: string): string {
    const memo = this.placeRootMemo.get(id);
    if (memo !== undefined) return memo;
    let node = id;
    const seen = new Set<string>([id]);
    let root: string | null = this.countries.has(id) ? id : null;
    while (root === null) {
      const parent = (this.placeParents.get(node) ?? []).find((p) => !seen.has(p));
      if (parent === undefined) break;
      seen.add(parent);
      node = parent;
      if (this.countries.has(node)) root = node;
    }
    // Regions above countries (Central Asia, the world) are read at their own level.
    const result = root ?? (this.countries.size > 0 ? id : node);
    this.placeRootMemo.set(id, result);
    return result;
  }

  /** The country a place lies in (itself if a country); null for a region above countries, read as the whole area. */
  placeCountry(id: string): string | null {
    const root = this.placeRoot(id);
    if (this.countries.size === 0) return root;
    return this.countries.has(root) ? root : null;
  }

  /** A place that stands for the whole area of a story: none, a country, or a region above countries. */
  isWholeArea(id: string | null): boolean {
    if (id === null) return true;
    const country = this.placeCountry(id);
    return country === null || country === id;
  }

  /** How subject a relates to subject b; a general subject (or none) is broader than any named group. */
  relateSubjects(a: string | null, b: string | null): ScopeRelation {
    if (a === b) return 'same';
    const aGeneral = this.isGeneralSubject(a);
    const bGeneral = this.isGeneralSubject(b);
    if (aGeneral && bGeneral) return 'same';
    if (aGeneral) return 'b-narrower';
    if (bGeneral) return 'a-narrower';
    return nested(a, b, (id) => this.ancestors(id, this.subjectParents, this.subjectAncestorMemo));
  }

  /** How place a relates to place b; no place means the whole area of the story (its top place). */
  relatePlaces(a: string | null, b: string | null): ScopeRelation {
    if (a === b) return 'same';
    if (a === null) return b !== null && this.placeRoot(b) === b ? 'same' : 'b-narrower';
    if (b === null) return this.placeRoot(a) === a ? 'same' : 'a-narrower';
    return nested(a, b, (id) => this.ancestors(id, this.placeParents, this.placeAncestorMemo));
  }

  private ancestors(
    id: string,
    parents: ReadonlyMap<string, readonly string[]>,
    memo: Map<string, ReadonlySet<string>>,
  ): ReadonlySet<string> {
    const cached = memo.get(id);
    if (cached) return cached;
    const found = new Set<string>();
    const stack = [...(parents.get(id) ?? [])];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (found.has(node)) continue;
      found.add(node);
      stack.push(...(parents.get(node) ?? []));
    }
    memo.set(id, found);
    return found;
  }
}

function nested(
  a: string | null,
  b: string | null,
  ancestors: (id: string) => ReadonlySet<string>,
): ScopeRelation {
  if (a === null || b === null) return 'unrelated';
  if (ancestors(a).has(b)) return 'a-narrower';
  if (ancestors(b).has(a)) return 'b-narrower';
  return 'unrelated';
}
