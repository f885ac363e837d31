import { describe, expect, it } from 'vitest';
import {
  describeProblem,
  MAX_PROBLEMS,
  parseErrorResponse,
  problemMessages,
  type Problem,
  type ProblemCode,
} from '../src';

describe('describeProblem', () => {
  it('gives English text for every code, with its detail where it has one', () => {
    for (const code of Object.keys(problemMessages) as ProblemCode[]) {
      expect(describeProblem({ code }).length, code).toBeGreaterThan(5);
      expect(describeProblem({ code, detail: 'correlationId' }).length, code).toBeGreaterThan(5);
    }
    expect(describeProblem({ code: 'cleaned', detail: 'code' })).toBe(
      'invisible or control characters were removed from the code',
    );
    expect(describeProblem({ code: 'body-not-object', detail: 'number' })).toBe(
      'the body is a number, not an error object',
    );
  });

  it('takes other words code by code, falling back to English for the rest', () => {
    const french = {
      'body-empty': 'Le corps de la réponse est vide',
      truncated: (detail?: string) => `${detail ?? 'un champ'} a été tronqué`,
    };
    expect(describeProblem({ code: 'body-empty' }, french)).toBe('Le corps de la réponse est vide');
    expect(describeProblem({ code: 'truncated', detail: 'source' }, french)).toBe('source a été tronqué');
    expect(describeProblem({ code: 'body-xml' }, french)).toBe('the body is XML, not JSON');
  });

  it('never throws: unknown codes, old sentences, failing messages, no problem at all', () => {
    expect(describeProblem({ code: 'not-a-code' as ProblemCode })).toBe('not-a-code');
    expect(describeProblem('body is empty' as unknown as Problem)).toBe('body is empty');
    expect(
      describeProblem(
        { code: 'body-empty' },
        {
          'body-empty': () => {
            throw new Error('x');
          },
        },
      ),
    ).toBe('body-empty');
    expect(describeProblem(undefined as never)).toBe('');
    expect(describeProblem({ code: 'constructor' as ProblemCode })).toBe('constructor');
  });
});

describe('problems', () => {
  it('are codes a program can branch on', () => {
    const error = parseErrorResponse({ status: 503, headers: { 'Retry-After': 'later' }, body: '' });
    expect(error.problems).toEqual([{ code: 'body-empty' }, { code: 'retry-after-invalid' }]);
    expect(error.problems.some((problem) => problem.code === 'retry-after-invalid')).toBe(true);
  });

  it('are each recorded once, and never more than MAX_PROBLEMS', () => {
    const data = Array.from({ length: 40 }, (_, index) => ({ [`__proto__`]: 1, [`k${index}`]: () => index }));
    const error = parseErrorResponse({ status: 400, body: { code: '1', description: 'd', source: 's', data } });
    expect(error.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
    expect(new Set(error.problems.map((problem) => JSON.stringify(problem))).size).toBe(error.problems.length);
  });
});
