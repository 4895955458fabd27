'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import { useDraft } from '~/hooks/use-draft';
import { describeError } from '~/lib/errors';
import { formatTimestamp } from '~/lib/format';
import { useTRPC } from '~/trpc/react';
import { MentionTextarea, type Mentionable } from './mention-textarea';

/** The discussion of a dispute: Markdown rendered through a sanitiser (no raw HTML), @mentions, live via the activity feed. */
export function Discussion({ disputeId, people }: { disputeId: string; people: Mentionable[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { itemType: 'dispute' as const, itemId: disputeId };
  const comments = useQuery(trpc.comment.list.queryOptions(input));
  const [body, setBody, clear] = useDraft(`comment:${disputeId}`);
  const bodyRef = useRef(body);
  bodyRef.current = body;
  const [error, setError] = useState<string | null>(null);
  const add = useMutation(
    trpc.comment.add.mutationOptions({
      onSuccess: (_data, sent) => {
        // Clear only what was sent: text typed while it was sending stays.
        if (bodyRef.current === sent.body) clear();
        setError(null);
      },
      onError: (e) => setError(describeError(e)),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.comment.list.queryKey(input) }),
    }),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError('Write a comment first.');
      return;
    }
    add.mutate({ ...input, body });
  }

  return (
    <div className="discussion">
      {comments.isPending ? <p className="muted">Loading the discussion…</p> : null}
      {comments.isError ? <p className="field-error">The discussion could not be loaded: {describeError(comments.error)}</p> : null}
      {comments.data?.length === 0 ? <p className="muted">No comments yet. Start the discussion: mention a colleague with @.</p> : null}
      <ol className="comments">
        {comments.data?.map((c) => (
          <li key={c.id} className="comment">
            <div className="comment-head">
              <strong>{c.authorName ?? 'Command line'}</strong> <span className="muted small">{formatTimestamp(c.createdAt)} UTC{c.editedAt ? ' · edited' : ''}</span>
            </div>
            <div className="markdown">
              <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{c.body}</ReactMarkdown>
            </div>
          </li>
        ))}
        {add.isPending && add.variables ? (
          // Shown at once while it is sent (optimistic, from the mutation's own variables); replaced by the stored one.
          <li className="comment pending" aria-busy="true">
            <div className="comment-head">
              <strong>You</strong> <span className="muted small">sending…</span>
            </div>
            <div className="markdown">
              <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{add.variables.body}</ReactMarkdown>
            </div>
          </li>
        ) : null}
      </ol>
      <form onSubmit={onSubmit} className="stack comment-form">
        <label htmlFor="comment-body">Add a comment (Markdown; @ to mention)</label>
        <MentionTextarea id="comment-body" label="Comment" value={body} onChange={setBody} people={people} describedBy={error ? 'comment-error' : undefined} invalid={Boolean(error)} />
        {error ? (
          <span id="comment-error" className="field-error" role="alert">
            {error}
          </span>
        ) : null}
        <div>
          <button type="submit" className="button primary" disabled={add.isPending}>
            {add.isPending ? 'Posting…' : 'Comment'}
          </button>
        </div>
      </form>
    </div>
  );
}
