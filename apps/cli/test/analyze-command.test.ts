import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisDocumentSchema } from '@claimdesk/claim-model/analysis';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'claimdesk-analyze-'));
// analyze never opens the database: point it at a path that cannot exist.
const env = { ...process.env, CLAIMDESK_DB_PATH: join(work, 'missing-dir', 'never.db'), INIT_CWD: root };

function claimdesk(args: string[]) {
  return spawnSync(tsx, ['apps/cli/src/main.ts', ...args], { cwd: root, env, encoding: 'utf8' });
}

describe('claimdesk analyze', () => {
  it('prints every key figure of the demo folder with its interval and source chain', () => {
    const run = claimdesk(['analyze', 'demo/kazakhstan-2022']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"At least 13" = ≥ 13  [deaths · law enforcement · Almaty · 2022-01-06]');
    expect(run.stdout).toContain('CNN ← Khabar 24');
    expect(run.stdout).toContain('"2298" = 2,298  [detained · people');
    expect(run.stdout).toContain('news.com.au (AFP copy) ← Newsweek ← The Insider ← Kazakh Ministry of Internal Affairs');
    // 55: the 54 annotated figures and Le Monde's "almost doubling" of the LPG price, a ratio since issue 14.
    expect(run.stdout).toMatch(/4 documents, \d+ claims \(55 figures\)/);
  });

  it('prints a versioned JSON document that validates against the schema', () => {
    const run = claimdesk(['analyze', '--json', 'demo/kazakhstan-2022']);
    expect(run.status).toBe(0);
    const doc = analysisDocumentSchema.parse(JSON.parse(run.stdout));
    expect(doc.documents.map((d) => d.outlet)).toContain('Le Monde');
    expect(doc.claims.find((c) => c.figure?.text === 'At least 13')?.figure?.interval).toEqual({ low: 13, high: null });
  });

  it('applies a per-case lexicon override', () => {
    const article = join(work, 'note.txt');
    writeFileSync(article, 'Clashes\n\nAt least 40 yellow vests were detained in Medeu on Friday, police said.\n');
    const override = join(work, 'lexicon.json');
    writeFileSync(override, JSON.stringify({ subjects: [{ id: 'protesters', terms: ['yellow vests'] }], places: [{ id: 'medeu', name: 'Medeu', kind: 'city', within: ['almaty'], terms: ['Medeu'] }] }));
    const run = claimdesk(['analyze', '--json', '--lexicon', override, article]);
    expect(run.status).toBe(0);
    const claim = analysisDocumentSchema.parse(JSON.parse(run.stdout)).claims.find((c) => c.figure?.text === 'At least 40');
    expect(claim?.frame?.subject?.id).toBe('protesters');
    expect(claim?.frame?.place?.id).toBe('medeu');
  });

  it('refuses an invalid lexicon override and paths without articles with a sentence', () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ subjects: [{ id: 'monks', label: 'Monks', broader: ['clergy'], terms: ['monks'] }] }));
    const run = claimdesk(['analyze', '--lexicon', bad, 'demo/kazakhstan-2022']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unknown clergy');
    const none = claimdesk(['analyze', join(work, 'nothing-here')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('No readable .txt, .md or .html article');
    expect(none.stderr).not.toMatch(/\n\s+at /);
  });
});
