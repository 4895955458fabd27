'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { bytesToBase64, fileToBase64 } from '~/lib/base64';
import { describeError } from '~/lib/errors';
import { useTRPC } from '~/trpc/react';
import type { RouterOutputs } from '~/trpc/types';
import { ImportResults } from './import-results';
import { UrlImport } from './url-import';

type Result = RouterOutputs['document']['import']['results'][number];

export interface Staged {
  key: string;
  name: string;
  size: number;
  contentBase64: string;
  outlet: string;
  title: string;
  url: string;
  publishedDate: string;
}

const ACCEPT = '.txt,.md,.markdown,.html,.htm';
let counter = 0;

/** Drop or choose files, or paste text; give each its outlet, title, link and date; import one file at a time with progress. */
export function ImportForm({ caseId }: { caseId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [staged, setStaged] = useState<Staged[]>([]);
  const [dragging, setDragging] = useState(false);
  const [pasteTitle, setPasteTitle] = useState('');
  const [pasteText, setPasteText] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<Result[]>([]);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const importDocs = useMutation(trpc.document.import.mutationOptions());

  async function addFiles(files: FileList | File[]) {
    const added: Staged[] = [];
    for (const file of Array.from(files)) {
      added.push({ key: `f${counter++}`, name: file.name, size: file.size, contentBase64: await fileToBase64(file), outlet: '', title: '', url: '', publishedDate: '' });
    }
    setStaged((prev) => [...prev, ...added]);
  }

  function addPaste() {
    if (!pasteText.trim()) {
      setError('Paste the article text first.');
      return;
    }
    const bytes = new TextEncoder().encode(pasteText);
    const slug = pasteTitle.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'pasted-article';
    setStaged((prev) => [...prev, { key: `p${counter++}`, name: `${slug}.txt`, size: bytes.length, contentBase64: bytesToBase64(bytes), outlet: '', title: pasteTitle.trim(), url: '', publishedDate: '' }]);
    setPasteText('');
    setPasteTitle('');
    setError(null);
  }

  const update = (key: string, patch: Partial<Staged>) => setStaged((prev) => prev.map((s) => (s.key === key ? { ...s, ...patch } : s)));

  async function run() {
    setError(null);
    setResults([]);
    const queue = staged;
    setProgress({ done: 0, total: queue.length });
    const out: Result[] = [];
    for (const item of queue) {
      const metadata = Object.fromEntries(Object.entries({ outlet: item.outlet, title: item.title, url: item.url, publishedDate: item.publishedDate }).filter(([, v]) => v.trim() !== ''));
      try {
        const report = await importDocs.mutateAsync({ caseId, items: [{ name: item.name, contentBase64: item.contentBase64, metadata }] });
        out.push(...report.results);
      } catch (e) {
        out.push({ name: item.name, status: 'rejected', reason: describeError(e) });
      }
      setResults([...out]);
      setProgress({ done: out.length, total: queue.length });
    }
    setStaged([]);
    await queryClient.invalidateQueries({ queryKey: trpc.document.list.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.dispute.list.pathKey() });
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void addFiles(event.dataTransfer.files);
  }

  const busy = progress !== null && progress.done < progress.total;
  return (
    <div className="stack">
      <UrlImport caseId={caseId} />
      <div className="grid-2">
        <section className="panel panel-body stack" aria-labelledby="files-heading">
          <h2 id="files-heading">Files</h2>
          <div className={`dropzone ${dragging ? 'dragging' : ''}`} onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop} data-testid="dropzone">
            <p>Drop articles here (.txt, .md, .html; up to 5 MB each)</p>
            <label htmlFor="files" className="button">
              Choose files…
            </label>
            <input id="files" ref={inputRef} className="visually-hidden" type="file" multiple accept={ACCEPT} onChange={(e) => { if (e.target.files) void addFiles(e.target.files); e.target.value = ''; }} />
          </div>
        </section>
        <section className="panel panel-body stack" aria-labelledby="paste-heading">
          <h2 id="paste-heading">Or paste text</h2>
          <div className="field">
            <label htmlFor="paste-title">Title</label>
            <input id="paste-title" type="text" value={pasteTitle} onChange={(e) => setPasteTitle(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="paste-text">Article text</label>
            <textarea id="paste-text" rows={5} value={pasteText} onChange={(e) => setPasteText(e.target.value)} />
          </div>
          <div>
            <button type="button" className="button" onClick={addPaste}>
              Add pasted text
            </button>
          </div>
        </section>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {staged.length > 0 ? (
        <section className="panel" aria-labelledby="staged-heading">
          <div className="panel-header">
            <h2 id="staged-heading">Ready to import ({staged.length})</h2>
            <button type="button" className="button primary" disabled={busy} onClick={() => void run()}>
              Import {staged.length} {staged.length === 1 ? 'article' : 'articles'}
            </button>
          </div>
          <div className="table-scroll">
            <table className="data staged">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Outlet</th>
                  <th scope="col">Title</th>
                  <th scope="col">URL</th>
                  <th scope="col">Published</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {staged.map((s) => (
                  <tr key={s.key}>
                    <td>
                      {s.name}
                      <div className="muted small">{(s.size / 1024).toFixed(1)} KB</div>
                    </td>
                    <td>
                      <input type="text" aria-label={`Outlet of ${s.name}`} value={s.outlet} onChange={(e) => update(s.key, { outlet: e.target.value })} />
                    </td>
                    <td>
                      <input type="text" aria-label={`Title of ${s.name}`} value={s.title} placeholder="first line" onChange={(e) => update(s.key, { title: e.target.value })} />
                    </td>
                    <td>
                      <input type="url" aria-label={`URL of ${s.name}`} value={s.url} onChange={(e) => update(s.key, { url: e.target.value })} />
                    </td>
                    <td>
                      <input type="date" aria-label={`Published date of ${s.name}`} value={s.publishedDate} onChange={(e) => update(s.key, { publishedDate: e.target.value })} />
                    </td>
                    <td>
                      <button type="button" className="button link" onClick={() => setStaged((prev) => prev.filter((x) => x.key !== s.key))} aria-label={`Remove ${s.name}`}>
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {progress ? (
        <div className="progress-row">
          <label htmlFor="import-progress">
            {busy ? `Importing ${progress.done + 1} of ${progress.total}…` : `Imported ${progress.total} ${progress.total === 1 ? 'file' : 'files'}.`}
          </label>
          <progress id="import-progress" max={progress.total} value={progress.done} />
        </div>
      ) : null}
      {results.length > 0 ? <ImportResults caseId={caseId} results={results} /> : null}
    </div>
  );
}
