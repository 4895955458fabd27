import { cpus, totalmem } from 'node:os';

/** The machine line every results file starts with, so figures are never read without their context. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${cpus().length} cores (${cpu}) · ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
}
