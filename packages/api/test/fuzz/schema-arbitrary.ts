import fc from 'fast-check';
import { hostileString, wrongValue } from './hostile-values';

/** The part of JSON Schema that zod's `toJSONSchema` writes for this router's inputs. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
}

/** Known ids per field name (caseId → the seeded cases' ids), so generated inputs reach past "not found". */
export type IdPools = Record<string, readonly string[]>;

const ISO_DATE = fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function stringFor(schema: JsonSchema, field: string, pools: IdPools): fc.Arbitrary<string> {
  const pool = pools[field];
  if (pool && pool.length > 0) return fc.constantFrom(...pool);
  if (schema.format === 'email') {
    // zod's email pattern is stricter than the RFC that fc.emailAddress follows.
    const pattern = schema.pattern ? new RegExp(schema.pattern) : null;
    return fc.emailAddress().map((e) => e.replace(/[^A-Za-z0-9@.+_-]/g, 'x')).filter((e) => !pattern || pattern.test(e));
  }
  if (schema.format === 'uri' || schema.format === 'url') return fc.webUrl();
  if (schema.format === 'date') return ISO_DATE;
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2035-12-31') }).map((d) => d.toISOString());
  if (schema.pattern && !schema.format) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? Infinity));
  if (/asOf|date/i.test(field)) return ISO_DATE;
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 60, Math.max(minLength, 60));
  return fc.string({ minLength, maxLength, unit: 'grapheme' }).filter((s) => s.trim().length >= Math.min(minLength, 1));
}

/**
 * Inputs shaped by a procedure's own schema: half of them valid throughout (known ids from the pools, strings
 * within their lengths, enum members), so they reach the use case; most of the rest valid but for a few fields
 * replaced by hostile values; the rest hostile as a whole (wrong type, huge, deeply nested).
 */
export function inputFor(schema: JsonSchema, pools: IdPools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: validFor(schema, pools, 0, '') },
    { weight: 4, arbitrary: validFor(schema, pools, 0.15, '') },
    { weight: 1, arbitrary: wrongValue },
  );
}

/** A field: valid for its schema, or at `hostileRate` a hostile value of any type. */
function fieldFor(schema: JsonSchema, pools: IdPools, hostileRate: number, field: string): fc.Arbitrary<unknown> {
  const valid = validFor(schema, pools, hostileRate, field);
  if (hostileRate === 0) return valid;
  const hostileWeight = Math.round(hostileRate * 100);
  return fc.oneof({ weight: 100 - hostileWeight, arbitrary: valid }, { weight: hostileWeight, arbitrary: fc.oneof(wrongValue, hostileString) });
}

function validFor(schema: JsonSchema, pools: IdPools, hostileRate: number, field: string): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => validFor(s, pools, hostileRate, field)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, fieldFor(s, pools, hostileRate, key)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? 5, Math.max(minLength, 5));
      return fc.array(schema.items ? fieldFor(schema.items, pools, hostileRate, field) : fc.jsonValue(), { minLength, maxLength });
    }
    case 'string':
      return stringFor(schema, field, pools);
    case 'integer': {
      const min = schema.minimum ?? -1000;
      const max = Math.min(schema.maximum ?? 1000, min + 1000);
      // Versions are small: most items are at version 1 to 5.
      return /version/i.test(field) ? fc.integer({ min: 1, max: 6 }) : fc.integer({ min, max });
    }
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      // No type (`z.unknown()`, a lexicon document): anything JSON.
      return fc.jsonValue({ maxDepth: 3 });
  }
}
