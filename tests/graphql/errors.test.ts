/** formatError: our errors keep code and details; anything unexpected is masked. */
import { GraphQLError } from 'graphql';
import { formatError, ErrorCode, codeOf } from '../../src/graphql/errors';
import { InputError, NotFoundError, type DomainErrorKind } from '../../src/modules/shared/errors';

function format(error: Error) {
  const wrapped = new GraphQLError(error.message, { originalError: error, path: ['field'] });
  return formatError(wrapped.toJSON(), wrapped);
}

it('keeps the code, issues and ranges of an input error', () => {
  const formatted = format(
    new InputError([{ path: 'input.name', code: 'OUT_OF_RANGE', message: 'too long', min: 1, max: 255 }]),
  );
  expect(formatted.extensions).toEqual({
    code: ErrorCode.BAD_USER_INPUT,
    issues: [{ path: 'input.name', code: 'OUT_OF_RANGE', message: 'too long', min: 1, max: 255 }],
  });
  expect(formatted.message).toBe('Invalid input — input.name: too long');
});

it('names the entity and id of NOT_FOUND', () => {
  expect(format(new NotFoundError('Project', 'abc')).extensions).toEqual({
    code: 'NOT_FOUND',
    entity: 'Project',
    id: 'abc',
  });
});

it('masks an unexpected error: no message, no SQL, no stack', () => {
  const leak = new Error('insert into "project" values (1) - duplicate key');
  const formatted = format(leak);
  expect(formatted).toEqual({
    message: 'Internal server error',
    path: ['field'],
    locations: undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  expect(JSON.stringify(formatted)).not.toMatch(/insert|stack/);
});

it('maps every domain error kind to a distinct code of the closed enum', () => {
  const kinds: DomainErrorKind[] = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'ANALYSIS_FAILED', 'TOO_COMPLEX'];
  const codes = kinds.map(codeOf);
  expect(codes).toEqual(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'ANALYSIS_FAILED', 'QUERY_TOO_COMPLEX']);
  expect(new Set(codes).size).toBe(kinds.length);
  for (const code of codes) expect(Object.values(ErrorCode)).toContain(code);
});
