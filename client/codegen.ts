// GraphQL code generation: `pnpm --filter @tiendo/client codegen` (or `pnpm codegen` at the root).
// - shared/src/generated/schema-types.ts: every type of shared/schema.graphql, for any package;
//   enums are the ones of shared/src/enums.ts, so generated and hand-written code compare equal.
// - client/src/gql/: typed documents for the operations the client writes with graphql(`…`).
// `codegen:check` (run by typecheck) fails when a generated file is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const enums = [
  'ActivityType',
  'AssignmentRole',
  'AuditAction',
  'DeadlineKind',
  'FindingStatus',
  'LegalDocumentType',
  'NotificationKind',
  'ObstacleStatus',
  'OrganizationKind',
  'RecurrencePeriod',
  'TaskStatus',
  'UserRole',
];

const common = {
  scalars: { DateTimeISO: 'string' },
  useTypeImports: true,
  defaultScalarType: 'unknown',
};

const config: CodegenConfig = {
  schema: '../shared/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    '../shared/src/generated/schema-types.ts': {
      plugins: [
        { add: { content: '// Generated from shared/schema.graphql by client/codegen.ts: do not edit.' } },
        'typescript',
      ],
      config: { ...common, enumValues: Object.fromEntries(enums.map((e) => [e, `../enums.js#${e}`])) },
    },
    './src/gql/': {
      documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
      preset: 'client',
      // persisted-documents.json: every operation as sent, for tests that measure what the client runs.
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        ...common,
        enumValues: Object.fromEntries(enums.map((e) => [e, `@tiendo/shared#${e}`])),
        nonOptionalTypename: false,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
