import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ErrorCode } from '@tiendo/shared';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** The first failed constraint, depth first: input.progress → "progress". */
function firstViolation(errors: ValidationErrorLike[]): { field: string; message: string } | null {
  for (const e of errors) {
    const message = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (message) return { field: e.property, message };
    const nested = firstViolation(e.children ?? []);
    if (nested) return nested;
  }
  return null;
}

function allFields(errors: ValidationErrorLike[]): string[] {
  return errors.flatMap((e) => (e.constraints ? [e.property] : allFields(e.children ?? [])));
}

/** 'Variable "$input" got invalid value "X" at "input.role"; …' → "role". */
function fieldFromCoercionMessage(message: string): string | null {
  const at = /at "([^"]+)"/.exec(message);
  if (at)
    return at[1]!
      .split('.')
      .pop()!
      .replace(/\[\d+\]$/, '');
  const variable = /Variable "\$([^"]+)"/.exec(message);
  return variable ? variable[1]! : null;
}

/**
 * Shapes every error the API returns: a stable code, the input field for bad input, no echoed
 * input values (a 1 MB body must not come back), and no internals in production.
 */
export function createFormatError(log: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const validationErrors = formatted.extensions?.validationErrors as ValidationErrorLike[] | undefined;
    if (validationErrors) {
      const first = firstViolation(validationErrors);
      return {
        message: first?.message ?? 'Invalid input',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field, fields: allFields(validationErrors) },
      };
    }
    if (
      code === 'BAD_USER_INPUT' ||
      (code === 'GRAPHQL_VALIDATION_FAILED' && /enum|Expected type/i.test(formatted.message))
    ) {
      const field = (formatted.extensions?.field as string | undefined) ?? fieldFromCoercionMessage(formatted.message);
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT, field } };
    }
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      log.error({ err: unwrapResolverError(error) }, 'unexpected error');
      if (production)
        return {
          message: 'Internal server error',
          path: formatted.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
      return { ...formatted, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}
