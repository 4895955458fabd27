import type { ComputedDispute } from '@claimdesk/claim-model/disputes';
import { RELATION_KINDS } from '@claimdesk/claim-model';
import { cases, disputes, eq, openDatabase } from '@claimdesk/db';

const METRICS = ['deaths', 'injured', 'detained', 'beheaded', 'hospitalized', 'troops_deployed', 'participants', 'price', 'displaced', 'missing'];
const SUBJECTS = ['people', 'police', 'protesters', 'civilians', 'military', null];
const PLACES = ['kazakhstan', 'almaty', 'aktau', 'zhanaozen', null];

/**
 * Writes many disputes straight into a case, the way the engine stores them, for volume checks (10,000 rows in the
 * queue). There is no use case that creates a dispute on its own: disputes come from imports, which would take minutes
 * at this volume, so this writes the rows the import would write. The demo case's real disputes serve the review paths.
 */
export function seedVolumeDisputes(dbPath: string, caseName: string, count: number, prefix = 'vol'): { caseId: string } {
  const db = openDatabase({ path: dbPath });
  try {
    const theCase = db.select({ id: cases.id }).from(cases).where(eq(cases.name, caseName)).get();
    if (!theCase) throw new Error(`No case named "${caseName}" to seed`);
    const now = Date.now();
    db.transaction((tx) => {
      for (let i = 0; i < count; i++) {
        const metric = METRICS[i % METRICS.length] ?? 'deaths';
        const subject = SUBJECTS[i % SUBJECTS.length] ?? null;
        const place = PLACES[i % PLACES.length] ?? null;
        const relation = RELATION_KINDS[i % RELATION_KINDS.length] ?? 'conflict';
        const low = 10 + (i % 97);
        const analysis: ComputedDispute = {
          key: `${prefix}-${i}`,
          bucket: `${metric}|count`,
          metric,
          unit: 'count',
          subject,
          place,
          asOfRange: { from: '2022-01-06', to: '2022-01-08' },
          relations: [{ kind: relation, reason: `Synthetic volume row ${i}.` }],
          severity: (i * 37) % 100,
          claimIds: [],
          independentSources: [],
          valueSummary: { text: `${low} · ${low + 5}`, envelope: { low, high: low + 5 }, values: [] },
        };
        tx.insert(disputes)
          .values({
            id: `${prefix}-${String(i).padStart(6, '0')}`,
            caseId: theCase.id,
            key: analysis.key,
            metric,
            subject,
            place,
            asOfFrom: '2022-01-06',
            asOfTo: '2022-01-08',
            primaryRelation: relation,
            severity: analysis.severity,
            claimCount: 2 + (i % 6),
            independentSourceCount: 1 + (i % 3),
            analysis,
            createdAt: now - i * 1000,
            updatedAt: now - i * 1000,
            lastActivityAt: now - i * 1000,
          })
          .run();
      }
    });
    return { caseId: theCase.id };
  } finally {
    db.$client.close();
  }
}
