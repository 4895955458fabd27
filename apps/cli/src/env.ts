import { z } from 'zod';

const schema = z.object({
  CLAIMDESK_DEMO: z.enum(['0', '1']).default('1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default('0.0.0.0'),
  NEXTAUTH_URL: z.url().optional(),
});

export type CliEnv = z.infer<typeof schema>;

export function readCliEnv(): CliEnv {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** The environment handed to the Next.js server process. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

/** pnpm runs scripts from the package folder; INIT_CWD is where the user typed the command. */
export function readCliEnvPaths(): { userCwd: string } {
  return { userCwd: process.env.INIT_CWD ?? process.cwd() };
}
