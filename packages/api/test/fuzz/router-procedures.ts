import { z } from 'zod';
import { appRouter } from '../../src';
import type { JsonSchema } from './schema-arbitrary';

export interface RouterProcedure {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  /** The procedure's own input parser, or null for a procedure without input. */
  input: z.ZodType | null;
  /** The same schema as JSON Schema (the input side), which the fuzzer generates from. */
  jsonSchema: JsonSchema | null;
}

interface ProcedureDef {
  _def: { type: RouterProcedure['type']; inputs: unknown[] };
}

function isProcedure(value: unknown): value is ProcedureDef {
  if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) return false;
  const def: unknown = Reflect.get(value, '_def');
  return typeof def === 'object' && def !== null && 'type' in def && 'inputs' in def && Array.isArray(def.inputs);
}

/** Every procedure of the app router, read from the router itself: one added later is fuzzed without editing here. */
export function routerProcedures(): RouterProcedure[] {
  // At run time the router keeps its procedures flat, keyed by their dotted path.
  return Object.entries<unknown>(appRouter._def.procedures)
    .map(([path, procedure]) => {
      if (!isProcedure(procedure)) throw new Error(`${path} is not a procedure`);
      const parsers = procedure._def.inputs.filter((p): p is z.ZodType => p instanceof z.ZodType);
      if (parsers.length !== procedure._def.inputs.length || parsers.length > 1) {
        throw new Error(`${path}: the fuzzer reads one zod input schema per procedure; teach router-procedures.ts this one`);
      }
      const input = parsers[0] ?? null;
      const jsonSchema = input ? (z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema) : null;
      return { path, type: procedure._def.type, input, jsonSchema };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
