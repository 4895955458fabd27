import { isNodeRuntime } from '~/env';

/** At server start: the import's file-preparing thread loads now, so the first import does not wait for it. */
export async function register() {
  if (!isNodeRuntime) return;
  const { sharedFilePreparerPool } = await import('@claimdesk/api/file-preparer-pool');
  sharedFilePreparerPool().warm();
}
