import type { DocumentInput, ExtractedClaim } from '../claim';
import { type ComputedDispute, groupClaims, relateClaims } from '../disputes';
import { extractClaims } from '../extraction/extract-claims';
import { defaultLexicon } from '../lexicon/default-lexicon';
import type { Lexicon } from '../lexicon/schema';
import { ANALYSIS_SCHEMA_ID, ANALYSIS_SCHEMA_VERSION, type AnalysisDocument } from './schema';

export interface AnalysisInput extends DocumentInput {
  /** Where the document came from (a file path), for the reader's benefit. */
  source?: string | null;
}

export interface BuildAnalysisOptions {
  lexicon?: Lexicon;
  /** Dispute groups computed from the claims; by default `groupClaims` with the lexicon, `false` for none. */
  disputes?: ((claims: readonly ExtractedClaim[]) => ComputedDispute[]) | false;
}

/** Extracts the claims of every document and assembles the versioned analysis document. Pure and deterministic. */
export function buildAnalysis(docs: readonly AnalysisInput[], options: BuildAnalysisOptions = {}): AnalysisDocument {
  const lexicon = options.lexicon ?? defaultLexicon;
  const claims: ExtractedClaim[] = [];
  const documents: AnalysisDocument['documents'] = [];
  for (const doc of docs) {
    const found = extractClaims(doc, { lexicon });
    claims.push(...found);
    documents.push({
      id: doc.id,
      title: doc.title ?? null,
      outlet: doc.outlet,
      publishedDate: doc.publishedDate,
      publishedApproximate: doc.publishedApproximate,
      language: doc.language ?? null,
      url: doc.url ?? null,
      source: doc.source ?? null,
      characters: doc.text.length,
      claimCount: found.length,
    });
  }
  const count = (kind: ExtractedClaim['kind']) => claims.filter((c) => c.kind === kind).length;
  return {
    schema: ANALYSIS_SCHEMA_ID,
    version: ANALYSIS_SCHEMA_VERSION,
    lexiconVersion: lexicon.version,
    documents,
    claims,
    summary: { documents: documents.length, claims: claims.length, byKind: { quantity: count('quantity'), event: count('event'), statement: count('statement') } },
    ...(options.disputes === false
      ? {}
      : {
          disputes: options.disputes ? options.disputes(claims) : groupClaims(claims, { lexicon, documents: docs }),
          relatedClaims: relateClaims(claims),
        }),
  };
}
