import type { Problem, ProblemCode } from '../types';
import { copy } from './copy';

/** The most problems an error keeps: hostile input must not grow the list (and the memory it holds) without end. */
export const MAX_PROBLEMS = 16;
/** The most characters of a problem's `detail`: a field name, a count or a type is short. */
const MAX_DETAIL = 64;

/** Records a problem once; the last place of a full list says that more were left out. */
export function addProblem(problems: Problem[], code: ProblemCode, detail?: string): void {
  if (problems.length >= MAX_PROBLEMS) return;
  if (problems.some((problem) => problem.code === code && problem.detail === detail)) return;
  if (problems.length === MAX_PROBLEMS - 1) {
    problems.push({ code: 'problems-truncated' });
    return;
  }
  problems.push(detail === undefined ? { code } : { code, detail: copy(detail.slice(0, MAX_DETAIL)) });
}

/** `first`, then `then`, as one list under the same cap. */
export function mergeProblems(first: readonly Problem[], then: readonly Problem[]): Problem[] {
  const merged: Problem[] = [];
  for (const problem of [...first, ...then]) {
    if (problem.code === 'problems-truncated') continue;
    addProblem(merged, problem.code, problem.detail);
  }
  if (first.some((p) => p.code === 'problems-truncated') || then.some((p) => p.code === 'problems-truncated')) {
    if (merged.length < MAX_PROBLEMS) merged.push({ code: 'problems-truncated' });
  }
  return merged;
}
