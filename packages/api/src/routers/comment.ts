import { z } from 'zod';
import { addComment, addCommentInput, editComment, editCommentInput, listComments } from '../use-cases';
import { idInput, itemTypeInput } from '../review/inputs';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const commentRouter = createTRPCRouter({
  list: protectedProcedure.input(z.object({ itemType: itemTypeInput, itemId: idInput })).query(({ ctx, input }) => listComments(ctx, input)),
  add: protectedProcedure.input(addCommentInput).mutation(({ ctx, input }) => addComment(ctx, input)),
  edit: protectedProcedure.input(editCommentInput).mutation(({ ctx, input }) => editComment(ctx, input)),
});
