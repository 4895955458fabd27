import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DocumentReader } from '~/components/reader/document-reader';
import { requireSessionUser } from '~/server/auth';
import { serverCaller } from '~/server/caller';
import { orNotFound, requireIds } from '~/server/load';

export const metadata: Metadata = { title: 'Document' };

export default async function DocumentPage({ params }: { params: Promise<{ caseId: string; documentId: string }> }) {
  const { caseId, documentId } = await params;
  requireIds(caseId, documentId);
  const user = await requireSessionUser(`/cases/${caseId}/documents/${documentId}`);
  const api = serverCaller(user);
  const doc = await orNotFound(api.document.byId({ documentId }));
  if (doc.caseId !== caseId) notFound();
  const theCase = await api.case.byId({ caseId });
  return (
    <>
      <div className="breadcrumbs">
        <Link href="/cases">Cases</Link> / <Link href={`/cases/${caseId}`}>{theCase.name}</Link> / {doc.outlet}
      </div>
      <div className="page-header">
        <h1>{doc.title}</h1>
      </div>
      <Suspense>
        <DocumentReader
          caseId={caseId}
          documentId={documentId}
          text={doc.text}
          meta={
          <dl className="meta-list">
            <dt>Outlet</dt>
            <dd>{doc.outlet}</dd>
            <dt>Published</dt>
            <dd>
              {doc.publishedDate ?? 'unknown'}
              {doc.publishedApproximate ? ' (approximate)' : ''}
            </dd>
            <dt>Language</dt>
            <dd>{doc.language ?? 'unknown'}</dd>
            <dt>URL</dt>
            <dd>{doc.url ? <a href={doc.url} rel="noreferrer noopener" target="_blank">{doc.url}</a> : '—'}</dd>
            <dt>Imported</dt>
            <dd>
              {new Date(doc.importedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC
              {doc.importedByName ? ` by ${doc.importedByName}` : ''}
            </dd>
            <dt>Characters</dt>
            <dd>{doc.text.length.toLocaleString('en')}</dd>
          </dl>
          }
        />
      </Suspense>
    </>
  );
}
