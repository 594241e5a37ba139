import { Query, Resolver } from 'type-graphql';
import { ErrorCode } from './errors';

@Resolver()
export class MetaResolver {
  @Query(() => [ErrorCode], {
    description: 'Every value `extensions.code` of an error can take (for generated clients).',
  })
  errorCodes(): ErrorCode[] {
    return Object.values(ErrorCode);
  }
}
