// Reading the server's errors: BAD_USER_INPUT carries the field it concerns in extensions.field, so
// forms can put the message beside that field.
import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ReadError {
  /** Messages keyed by input field ("progress", "summary", …). */
  fields: Record<string, string>;
  /** A message not tied to one field (FORBIDDEN, CONFLICT, network…). */
  general: string | null;
  codes: string[];
}

export function readError(error: unknown): ReadError {
  const result: ReadError = { fields: {}, general: null, codes: [] };
  if (!error) return result;
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL';
      result.codes.push(code);
      const field = e.extensions?.field;
      if (code === 'BAD_USER_INPUT' && typeof field === 'string') result.fields[field] = e.message;
      else result.general = result.general ? `${result.general} ${e.message}` : e.message;
    }
    return result;
  }
  result.general = error instanceof Error ? error.message : String(error);
  return result;
}
