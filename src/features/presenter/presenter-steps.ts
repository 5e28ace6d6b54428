import { CORE_ID, type PartId, type PracticeId } from '../../model/types.js';

/** One step of a presentation: the overview, a part open, or a practice's questions. */
export type PresenterStep =
  | { kind: 'overview' }
  | { kind: 'part'; id: PartId }
  | { kind: 'questions'; id: PracticeId };

/**
 * The steps a presenter clicks through: overview, core, then each practice, each followed by
 * its questions when `withQuestions` is set.
 */
export function presenterSteps(practiceIds: readonly PracticeId[], withQuestions: boolean): PresenterStep[] {
  const steps: PresenterStep[] = [{ kind: 'overview' }, { kind: 'part', id: CORE_ID }];
  for (const id of practiceIds) {
    steps.push({ kind: 'part', id });
    if (withQuestions) steps.push({ kind: 'questions', id });
  }
  return steps;
}

/** The part a step opens ('' for the overview). */
export function stepPart(step: PresenterStep): PartId | '' {
  return step.kind === 'overview' ? '' : step.id;
}

/** The step that shows a part, so presenting starts where the viewer already is. */
export function stepIndexOf(steps: readonly PresenterStep[], selected: PartId | '', questions = false): number {
  const index = steps.findIndex(
    (step) => stepPart(step) === selected && (step.kind === 'questions') === questions,
  );
  return Math.max(0, index);
}
