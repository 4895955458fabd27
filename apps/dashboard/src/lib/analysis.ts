import type { ExtractedClaim } from '@claimdesk/claim-model';
import type { ComputedDispute } from '@claimdesk/claim-model/disputes';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The engine's JSON as stored with the row. The engine wrote it, so we check its outline only, and fall back to
 * showing the row's own columns when an older or damaged payload does not match.
 */
export function readAnalysis(value: unknown): ComputedDispute | null {
  if (!isObject(value) || !Array.isArray(value.relations) || !Array.isArray(value.independentSources) || !isObject(value.valueSummary)) return null;
  return value as unknown as ComputedDispute;
}

export function readClaimPayload(value: unknown): ExtractedClaim | null {
  if (!isObject(value) || !isObject(value.attribution) || !Array.isArray(value.hedges) || !isObject(value.span)) return null;
  return value as unknown as ExtractedClaim;
}

/** Okabe–Ito colours, darkened where needed for 3:1 against white: distinguishable with colour-vision deficiency. */
export const SOURCE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8A6D00', '#56B4E9', '#000000', '#7F3C8D'];

/** A stable colour per original source, in the order the dispute lists its independent sources. */
export function sourceColours(sources: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  sources.forEach((s, i) => map.set(s, SOURCE_COLOURS[i % SOURCE_COLOURS.length] ?? '#000'));
  return map;
}
