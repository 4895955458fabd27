import { z } from 'zod';
import { addCaseMember, createCase, createCaseInput, listCaseMembers, listCases, removeCaseMember, setCaseLexicon, updateCaseSettings, updateCaseSettingsInput } from '../use-cases';
import { requireCaseAccess } from '../case-access';
import { idInput } from '../review/inputs';
import { createTRPCRouter, leadProcedure, protectedProcedure } from '../trpc';

export const caseRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listCases(ctx)),
  byId: protectedProcedure
    .input(z.object({ caseId: idInput }))
    .query(({ ctx, input }) => requireCaseAccess(ctx.db, ctx.actor, input.caseId)),
  create: leadProcedure.input(createCaseInput).mutation(({ ctx, input }) => createCase(ctx, input)),
  members: protectedProcedure.input(z.object({ caseId: idInput })).query(({ ctx, input }) => listCaseMembers(ctx, input)),
  addMember: leadProcedure.input(z.object({ caseId: idInput, userId: idInput })).mutation(({ ctx, input }) => addCaseMember(ctx, input)),
  removeMember: leadProcedure.input(z.object({ caseId: idInput, userId: idInput })).mutation(({ ctx, input }) => removeCaseMember(ctx, input)),
  updateSettings: leadProcedure.input(updateCaseSettingsInput).mutation(({ ctx, input }) => updateCaseSettings(ctx, input)),
  /** The case's lexicon override as JSON (`null` resets to the default); validated by the same use case as the CLI. */
  setLexicon: leadProcedure
    .input(z.object({ caseId: idInput, override: z.unknown().refine((v) => v !== undefined, 'Give the lexicon as JSON, or null to reset it to the default') }))
    .mutation(({ ctx, input }) => setCaseLexicon(ctx, { caseId: input.caseId, override: input.override })),
});
