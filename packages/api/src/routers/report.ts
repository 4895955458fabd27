import { z } from 'zod';
import { PREVIEW_FORMATS } from '@claimdesk/claim-model/report';
import { exportReport, exportReportInput } from '../use-cases/export-report';
import { createTRPCRouter, leadProcedure, protectedProcedure } from '../trpc';

export const reportRouter = createTRPCRouter({
  /** The report on screen (HTML or Markdown), for anyone working the case. */
  preview: protectedProcedure
    .input(exportReportInput.extend({ format: z.enum(PREVIEW_FORMATS) }))
    .query(({ ctx, input }) => exportReport(ctx, input, 'preview')),
  /** A downloadable file of any format, for leads. */
  export: leadProcedure
    .input(exportReportInput)
    .mutation(({ ctx, input }) => exportReport(ctx, input, 'export')),
});
