import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@claimdesk/api';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type DisputeRow = RouterOutputs['dispute']['list']['items'][number];
export type DisputeDetail = RouterOutputs['dispute']['byId'];
