'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { describeError } from '~/lib/errors';
import { formatTimestamp } from '~/lib/format';
import { useTRPC } from '~/trpc/react';
import type { RouterOutputs } from '~/trpc/types';

type Feed = RouterOutputs['feed']['list'][number];

// UTC like every time on the dashboard: the same for every reviewer, and the same on the server and in the browser.
function when(ms: number | null): string {
  return ms === null ? 'never' : `${formatTimestamp(ms)} UTC`;
}

/** The feeds a case follows: add one (with optional required words), see each one's last poll and error, pause, poll now, remove. */
export function FeedsPanel({ caseId }: { caseId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.feed.list.queryOptions({ caseId }));
  const [url, setUrl] = useState('');
  const [words, setWords] = useState('');
  const [interval, setPollMinutes] = useState('15');
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.feed.list.pathKey() });
  const add = useMutation(trpc.feed.add.mutationOptions());
  const pause = useMutation(trpc.feed.setPaused.mutationOptions());
  const remove = useMutation(trpc.feed.remove.mutationOptions());
  const pollNow = useMutation(trpc.feed.pollNow.mutationOptions());

  async function act(run: () => Promise<string | null>) {
    setMessage(null);
    try {
      const text = await run();
      if (text) setMessage({ tone: 'info', text });
    } catch (e) {
      setMessage({ tone: 'error', text: describeError(e) });
    }
    await refresh();
  }

  function onAdd(event: FormEvent) {
    event.preventDefault();
    void act(async () => {
      const requiredWords = words.split(',').map((w) => w.trim()).filter((w) => w.length > 0);
      const added = await add.mutateAsync({ caseId, url: url.trim(), requiredWords, intervalMinutes: Number(interval) });
      setUrl('');
      setWords('');
      return `Added "${added.title ?? url}" (${added.entries} items listed now). Its first poll is due at once.`;
    });
  }

  const feeds = list.data ?? [];
  return (
    <div className="stack">
      <form className="panel panel-body stack" aria-labelledby="add-feed-heading" onSubmit={onAdd}>
        <h2 id="add-feed-heading">Follow a feed</h2>
        <div className="feed-form">
          <div className="field">
            <label htmlFor="feed-url">RSS, Atom or JSON Feed address</label>
            <input id="feed-url" type="url" required value={url} placeholder="https://news.example/world/rss.xml" onChange={(e) => setUrl(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="feed-words">Required words (optional, comma-separated)</label>
            <input id="feed-words" type="text" value={words} placeholder="Almaty, curfew" onChange={(e) => setWords(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="feed-interval">Poll every (minutes)</label>
            <input id="feed-interval" type="number" min={1} max={1440} value={interval} onChange={(e) => setPollMinutes(e.target.value)} />
          </div>
        </div>
        <div>
          <button type="submit" className="button primary" disabled={add.isPending || url.trim() === ''}>
            {add.isPending ? 'Checking the feed…' : 'Add feed'}
          </button>
        </div>
      </form>
      {message ? (
        <p className={`alert ${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <section className="panel" aria-labelledby="feeds-heading">
        <div className="panel-header">
          <h2 id="feeds-heading">Followed feeds ({feeds.length})</h2>
        </div>
        {feeds.length === 0 ? (
          <p className="panel-body muted">This case follows no feed yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data" data-testid="feeds">
              <thead>
                <tr>
                  <th scope="col">Feed</th>
                  <th scope="col">Last poll</th>
                  <th scope="col">Last error</th>
                  <th scope="col">Items imported</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {feeds.map((f: Feed) => (
                  <tr key={f.id}>
                    <td>
                      <strong>{f.title ?? f.url}</strong>
                      {f.paused ? <span className="badge single_source"> Paused</span> : null}
                      <div className="muted small url-cell">{f.url}</div>
                      <div className="muted small">
                        every {Math.round(f.intervalSeconds / 60)} min{f.requiredWords.length > 0 ? ` · must mention ${f.requiredWords.join(', ')}` : ''}
                        {!f.paused ? ` · next ${when(f.nextPollAt)}` : ''}
                      </div>
                    </td>
                    <td>{when(f.lastPolledAt)}</td>
                    <td>{f.lastError ? <span className="field-error">{f.lastError}{f.failures > 1 ? ` (${f.failures} times in a row)` : ''}</span> : <span className="muted">none</span>}</td>
                    <td>{f.itemsImported}</td>
                    <td className="row-actions">
                      <button type="button" className="button" disabled={pollNow.isPending} aria-label={`Poll now: ${f.title ?? f.url}`} onClick={() => void act(async () => {
                        const r = await pollNow.mutateAsync({ feedId: f.id });
                        return r.error ? `Polled: ${r.error}` : `Polled: ${r.imported} new, ${r.duplicates} already in the case, ${r.skipped} without a required word, ${r.rejected} refused.`;
                      })}>
                        Poll now
                      </button>
                      <button type="button" className="button" aria-label={`${f.paused ? 'Resume' : 'Pause'}: ${f.title ?? f.url}`} onClick={() => void act(async () => {
                        await pause.mutateAsync({ feedId: f.id, paused: !f.paused });
                        return null;
                      })}>
                        {f.paused ? 'Resume' : 'Pause'}
                      </button>
                      <button type="button" className="button link" aria-label={`Remove: ${f.title ?? f.url}`} onClick={() => void act(async () => {
                        await remove.mutateAsync({ feedId: f.id });
                        return `Stopped following ${f.title ?? f.url}; its articles stay in the case.`;
                      })}>
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
