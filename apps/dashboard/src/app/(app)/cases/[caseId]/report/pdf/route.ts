import { PassThrough, Readable } from 'node:stream';
import { ZodError } from 'zod';
import { DomainError, reportServerError } from '@claimdesk/api';
import { streamReportPdf, type PdfReportExport } from '@claimdesk/api/use-cases';
import { answerServerErrors } from '~/server/answer-server-errors';
import { getSessionUser } from '~/server/auth';
import { db } from '~/server/db';

export const dynamic = 'force-dynamic';

const STATUS: Partial<Record<DomainError['code'], number>> = { NOT_FOUND: 404, FORBIDDEN: 403, INVALID_INPUT: 400 };

/**
 * The report as a PDF, streamed as its pages are drawn: a case of thousands of disputes never sits in the server's
 * memory as one file (the tRPC export carries it whole, base64 in JSON). Same options as the export: `asOf`,
 * `includeOpen=false`, `metric` (repeatable). Access is checked before the first byte; errors are JSON sentences.
 */
export const GET = answerServerErrors('report.pdf', async (req: Request, { params }: { params: Promise<{ caseId: string }> }): Promise<Response> => {
  const user = await getSessionUser();
  const url = new URL(req.url);
  // Like every page: a signed-out visitor (an old tab, a shared link) signs in and comes back to the download.
  // The Location is relative: the browser resolves it against the host it used, not the address the server binds.
  if (!user) return new Response(null, { status: 303, headers: { Location: `/sign-in?callbackUrl=${encodeURIComponent(url.pathname + url.search)}` } });
  const { caseId } = await params;
  const query = url.searchParams;
  const metrics = query.getAll('metric');
  let pdf: PdfReportExport;
  try {
    pdf = streamReportPdf(
      { db: db(), actor: { id: user.id, name: user.name, role: user.role } },
      {
        caseId,
        asOf: query.get('asOf') ?? undefined,
        includeOpen: query.get('includeOpen') !== 'false',
        metrics: metrics.length > 0 ? metrics : undefined,
      },
    );
  } catch (error) {
    if (error instanceof DomainError) {
      return Response.json({ message: error.message }, { status: STATUS[error.code] ?? 400 });
    }
    if (error instanceof ZodError) {
      return Response.json({ message: error.issues.map((i) => i.message).join(' ') }, { status: 400 });
    }
    throw error;
  }
  const body = new PassThrough();
  pdf.writeTo(body).catch((error: unknown) => {
    // The response is already under way: the stream is destroyed with the error and the download stops short.
    reportServerError('report.pdf writing', error);
  });
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': pdf.mimeType,
      'Content-Disposition': `attachment; filename="${pdf.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
});
