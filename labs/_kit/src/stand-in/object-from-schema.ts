import type { JSONSchema7, JSONSchema7Definition } from '@ai-sdk/provider';

const asSchema = (definition: JSONSchema7Definition | undefined): JSONSchema7 => (typeof definition === 'object' ? definition : {});

/** Strings that satisfy the common string formats (zod's z.email(), z.url(), z.uuid(), z.iso.*). */
const formatExamples: Record<string, string> = {
  email: 'stand-in@example.com',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  uuid: '00000000-0000-4000-8000-000000000000',
  'date-time': '2025-01-01T00:00:00Z',
  date: '2025-01-01',
  time: '00:00:00',
  ipv4: '127.0.0.1',
  ipv6: '::1',
};

/** Follows a local "#/$defs/Name" or "#/definitions/Name" reference. */
function resolve(schema: JSONSchema7, root: JSONSchema7): JSONSchema7 {
  if (!schema.$ref?.startsWith('#')) return schema;
  let target: unknown = root;
  for (const key of schema.$ref.slice(1).split('/').filter(Boolean)) target = (target as Record<string, unknown> | undefined)?.[decodeURIComponent(key)];
  return asSchema(target as JSONSchema7Definition | undefined);
}

function numberIn(schema: JSONSchema7): number {
  const integer = schema.type === 'integer';
  const step = integer ? 1 : (schema.multipleOf ?? 1);
  let low = schema.minimum ?? -Infinity;
  if (schema.exclusiveMinimum !== undefined) low = Math.max(low, schema.exclusiveMinimum + step);
  let high = schema.maximum ?? Infinity;
  if (schema.exclusiveMaximum !== undefined) high = Math.min(high, schema.exclusiveMaximum - step);
  // Zero when allowed; otherwise the bound nearest to it.
  const value = Math.min(Math.max(0, low), high);
  return integer ? Math.ceil(value) : value;
}

function stringFrom(schema: JSONSchema7, seed: string): string {
  const example = schema.format ? formatExamples[schema.format] : undefined;
  if (example) return example;
  const min = schema.minLength ?? 0;
  const text = seed.slice(0, schema.maxLength ?? seed.length);
  return text.length >= min ? text : text.padEnd(min, '.');
}

/**
 * The smallest value that satisfies a JSON schema, deterministically: the first
 * enum value, zero or the nearest allowed number, `false`, `seed` for strings
 * (or an example of their format), the minimum number of array items, and every
 * property of an object. Enough for a structured-output call to validate; a
 * `pattern` on a string is not honoured.
 */
export function objectFromSchema(schema: JSONSchema7, seed = 'stand-in', root: JSONSchema7 = schema): unknown {
  const resolved = resolve(schema, root);
  const next = (definition: JSONSchema7Definition | undefined) => objectFromSchema(asSchema(definition), seed, root);
  if (resolved.const !== undefined) return resolved.const;
  if (resolved.enum && resolved.enum.length > 0) return resolved.enum[0];
  if (resolved.default !== undefined) return resolved.default;
  const variant = resolved.anyOf?.[0] ?? resolved.oneOf?.[0];
  if (variant !== undefined) return next(variant);
  if (resolved.allOf && resolved.allOf.length > 0) {
    const parts: unknown[] = resolved.allOf.map(next);
    return parts.every((part) => typeof part === 'object' && part !== null && !Array.isArray(part)) ? Object.assign({}, ...parts) : parts[0];
  }
  const type = Array.isArray(resolved.type) ? resolved.type.find((candidate: string) => candidate !== 'null') : resolved.type;
  switch (type) {
    case 'string':
      return stringFrom(resolved, seed);
    case 'number':
    case 'integer':
      return numberIn(resolved);
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'array': {
      const items = resolved.items;
      if (Array.isArray(items)) return items.map(next); // a tuple
      return Array.from({ length: resolved.minItems ?? 0 }, () => next(items));
    }
    default: {
      const result: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(resolved.properties ?? {})) result[key] = next(property);
      return result;
    }
  }
}
