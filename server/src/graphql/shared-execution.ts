import {
  createSourceEventStream,
  execute,
  parse,
  print,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type ExecutionArgs,
  type ExecutionResult,
  type ValidationRule,
} from 'graphql';

/**
 * One execution of one event for one (operation, variables, viewer): the promise, and once it has
 * settled the iterator result itself, so later subscribers of the event take it without a promise.
 */
interface SharedResult {
  promise: Promise<IteratorResult<ExecutionResult>>;
  settled: IteratorResult<ExecutionResult> | null;
}

/**
 * Per shared event: its results by operation text, then by (operation name, variables, viewer).
 * Dropped with the event. Two levels, so that each subscriber keeps a short key of its own and
 * shares the printed operation (a flat key was 500 bytes per subscriber).
 */
const resultsByEvent = new WeakMap<object, Map<string, Map<string, SharedResult>>>();
const documentKeys = new WeakMap<DocumentNode, string>();

const documentKey = (document: DocumentNode): string => {
  let key = documentKeys.get(document);
  if (key === undefined) documentKeys.set(document, (key = print(document)));
  return key;
};

/**
 * graphql-js `subscribe`, except that subscribers who receive the very same event object, with the
 * same operation and variables, as the same viewer, share one execution of it. Fanning one event
 * out to 1,000 viewers of a board otherwise executed the selection 1,000 times (nearly all of the
 * delivery time and much of the memory, see bench/results/latest.md). Only what `viewerKey` names
 * may make results differ between subscribers: fields may depend on the viewer, never on the socket.
 */
export async function subscribeSharingResults(
  args: ExecutionArgs,
  viewerKey: (contextValue: unknown) => string,
): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in Object(source))) return source as ExecutionResult;
  const operation = documentKey(args.document);
  const key = [args.operationName ?? '', JSON.stringify(args.variableValues ?? {}), viewerKey(args.contextValue)].join(
    '\u0000',
  );
  const run = (payload: unknown): SharedResult => {
    if (typeof payload !== 'object' || payload === null) return settle(execute({ ...args, rootValue: payload }));
    let byOperation = resultsByEvent.get(payload);
    if (!byOperation) resultsByEvent.set(payload, (byOperation = new Map()));
    let results = byOperation.get(operation);
    if (!results) byOperation.set(operation, (results = new Map()));
    let result = results.get(key);
    if (!result) results.set(key, (result = settle(execute({ ...args, rootValue: payload }))));
    return result;
  };
  return mapAsyncIterable(source as AsyncIterable<unknown>, run);
}

function settle(result: ExecutionResult | Promise<ExecutionResult>): SharedResult {
  if (!(result instanceof Promise)) {
    const settled = { done: false, value: result } as const;
    return { promise: Promise.resolve(settled), settled };
  }
  const shared: SharedResult = {
    promise: result.then((value) => (shared.settled = { done: false, value })),
    settled: null,
  };
  return shared;
}

/**
 * Maps an async iterable through shared results, passing return() and throw() through (so
 * unsubscribing ends the source). Written with plain promises: per subscriber and event it adds one
 * step to the source's `next()`, where async functions added several.
 */
function mapAsyncIterable<T>(
  iterable: AsyncIterable<T>,
  map: (value: T) => SharedResult,
): AsyncGenerator<ExecutionResult> {
  const iterator = iterable[Symbol.asyncIterator]();
  const closeSource = (error: unknown): never => {
    void iterator.return?.()?.catch(() => undefined);
    throw error;
  };
  const step = (
    result: IteratorResult<T>,
  ): IteratorResult<ExecutionResult> | Promise<IteratorResult<ExecutionResult>> => {
    if (result.done) return { done: true, value: undefined };
    let shared: SharedResult;
    try {
      shared = map(result.value);
    } catch (error) {
      return closeSource(error);
    }
    return shared.settled ?? shared.promise.catch(closeSource);
  };
  const mapped: AsyncGenerator<ExecutionResult> = {
    next: () => iterator.next().then(step),
    return: () => (iterator.return ? iterator.return().then(step) : Promise.resolve({ done: true, value: undefined })),
    throw: (error: unknown) => (iterator.throw ? iterator.throw(error).then(step) : Promise.reject(error)),
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped;
}

/** Parsed operations by their text: thousands of viewers of a board send the same subscription. */
const parsedDocuments = new Map<string, DocumentNode>();
const MAX_DOCUMENTS = 500;

/** `parse` for graphql-ws, sharing one document per operation text (documents are never mutated). */
export const parseShared: typeof parse = (source, options) => {
  if (typeof source !== 'string' || options) return parse(source, options);
  let document = parsedDocuments.get(source);
  if (!document) {
    document = parse(source);
    if (parsedDocuments.size >= MAX_DOCUMENTS) parsedDocuments.delete(parsedDocuments.keys().next().value!);
    parsedDocuments.set(source, document);
  }
  return document;
};

const validations = new WeakMap<
  DocumentNode,
  { schema: GraphQLSchema; rules: ReadonlyArray<ValidationRule> | undefined; errors: ReadonlyArray<GraphQLError> }
>();

/** `validate` for graphql-ws, once per shared document, schema and rule set. */
export const validateShared: typeof validate = (schema, document, rules, options, typeInfo) => {
  if (options || typeInfo) return validate(schema, document, rules, options, typeInfo);
  const known = validations.get(document);
  if (known && known.schema === schema && known.rules === rules) return known.errors;
  const errors = validate(schema, document, rules);
  validations.set(document, { schema, rules, errors });
  return errors;
};
