import { describe, expect, it } from 'vitest';
import { type ComputedDispute, groupClaims } from '../../src/disputes';
import { extractClaims } from '../../src/extraction';
import { defaultLexicon } from '../../src/lexicon';
import { loadCorpus } from '../corpora/load-corpus';
import { loadDemoCorpus } from '../extraction/demo-corpus';

// The demo's four articles and two weeks of later coverage in one case, as a desk following the story would have it.
const documents = [...loadDemoCorpus().values(), ...loadCorpus('kazakhstan-2022-later').documents];
const claims = documents.flatMap((d) => extractClaims(d, { lexicon: defaultLexicon }));
const disputes = groupClaims(claims, { lexicon: defaultLexicon, documents });
const byId = new Map(claims.map((c) => [c.id, c]));

function disputeOf(documentId: string, figure: string, metric: string): ComputedDispute {
  const claim = claims.find(
    (c) => c.documentId === documentId && c.figure?.text === figure && c.frame?.metric?.id === metric,
  );
  const found = disputes.find((d) => claim !== undefined && d.claimIds.includes(claim.id));
  if (!found) throw new Error(`no dispute holds ${figure} in ${documentId}`);
  return found;
}

const figures = (d: ComputedDispute) => d.claimIds.map((id) => byId.get(id)?.figure?.text ?? '');

describe('the demo story and its later coverage', () => {
  it('security-force deaths from 6 to 21 January are one dispute, with the fall from 18 to 16 shown', () => {
    const d = disputeOf('kazakhstan-2022-later/kz-02-rfe.txt', '16', 'deaths');
    expect(figures(d)).toEqual(
      expect.arrayContaining(['At least 13', 'more than a dozen', '18', '16', '17', '19']),
    );
    expect(d.relations.map((r) => r.kind)).toEqual(expect.arrayContaining(['revision', 'conflict']));
    expect(d.asOfRange.to).toBe('2022-01-21');
  });

  it('the overall toll is apart from the security forces, and holds every later figure', () => {
    const d = disputeOf('kazakhstan-2022-later/kz-04-eurasianet.txt', '225', 'deaths');
    expect(figures(d)).toEqual(expect.arrayContaining(['164', '225', '227', 'At least 139']));
    expect(figures(d)).not.toContain('19');
  });

  it('detentions, "at least 2,000" to "more than 12,000", are one dispute', () => {
    const d = disputeOf('newscomau', '2298', 'detained');
    expect(figures(d)).toEqual(
      expect.arrayContaining([
        'At least 2,000',
        'Some 2000',
        'nearly 6,000',
        '7,939',
        '9,900',
        'More than 12,000',
      ]),
    );
  });
});
