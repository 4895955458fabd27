import { z } from 'zod';
import { rawDocumentMetadata } from '../import/document-metadata';
import { sharedFilePreparerPool } from '../import/file-preparer-pool';
import { MAX_UPLOAD_BYTES } from '../import/read-upload';
import { idInput as id } from '../id-input';
import { getDocument, importDocuments, listDocuments } from '../use-cases';
import { createTRPCRouter, leadProcedure, protectedProcedure } from '../trpc';


export const documentRouter = createTRPCRouter({
  list: protectedProcedure.input(z.object({ caseId: id })).query(({ ctx, input }) => listDocuments(ctx, input)),
  byId: protectedProcedure.input(z.object({ documentId: id })).query(({ ctx, input }) => getDocument(ctx, input)),
  /**
   * Files arrive base64-encoded in JSON; the size limit is checked per file after decoding. HTML pages are parsed in
   * the process's worker threads, so a hostile page costs a thread (stopped at its time limit), never the event loop.
   */
  import: leadProcedure
    .input(
      z.object({
        caseId: id,
        items: z
          .array(
            z.object({
              name: z.string().min(1).max(255),
              contentBase64: z.string().max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 1024 * 1024),
              metadata: rawDocumentMetadata.optional(),
            }),
          )
          .min(1, 'Choose at least one file')
          .max(200, 'Import at most 200 files at once'),
      }),
    )
    .mutation(({ ctx, input }) =>
      importDocuments(ctx, {
        caseId: input.caseId,
        items: input.items.map((item) => ({ file: { name: item.name, bytes: Buffer.from(item.contentBase64, 'base64') }, metadata: item.metadata })),
        startPreparer: (lexicon) => sharedFilePreparerPool().forImport(lexicon, { htmlOnly: true }),
      }),
    ),
});
