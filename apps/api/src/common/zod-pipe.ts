import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { DomainError } from './domain-error.js';

export interface FieldProblem {
  path: string;
  message: string;
}

export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.code === 'unrecognized_keys' ? `Onbekend veld: ${issue.keys.join(', ')}.` : issue.message,
  }));
}

/** Validates a body, query or param against its contract from libs/domain. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    const parsed = this.schema.safeParse(value ?? {});
    if (!parsed.success) {
      const problems = problemsOf(parsed.error);
      const first = problems[0];
      throw new DomainError(
        'validation_failed',
        first ? `De invoer is niet geldig: ${first.path ? `${first.path}: ` : ''}${first.message}` : undefined,
        { problems },
      );
    }
    return parsed.data;
  }
}

export const validate = <S extends z.ZodType>(schema: S) => new ZodPipe(schema);
