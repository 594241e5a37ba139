/**
 * graphql-codegen's client preset over the committed schema.graphql: typed documents for the example client's
 * operations (examples/client/src), written to examples/client/src/gql/ (generated, not committed).
 * `npm run client:check` generates them and type-checks the client with tsc --strict, so a schema change that
 * breaks a client's operations fails the build.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/client/src/**/*.ts', '!examples/client/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'examples/client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // The server's custom scalars as they arrive over JSON.
        scalars: {
          DateTimeISO: { input: 'string', output: 'string' },
          JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
          JSON: { input: 'unknown', output: 'unknown' },
        },
        enumsAsTypes: true,
        strictScalars: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
