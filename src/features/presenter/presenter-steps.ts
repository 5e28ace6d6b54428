import { CORE_ID, type PartId, type PracticeId } from '../../model/types.js';

/**
 * One step of a presentation: the overview, a page of a part, or a page of a practice's
 * questions. A part whose text does not fit the screen fills several pages (`page` counts from 0).
 */
export type PresenterStep =
  | { kind: 'overview' }
  | { kind: 'part'; id: PartId; page: number }
  | { kind: 'questions'; id: PracticeId; page: number };

/** The name of what a step shows, for its pages: `kjerne`, `tillit-og-risikovilje/questions`. */
export function stepKey(id: PartId, questions: boolean): string {
  return questions ? `${id}/questions` : id;
}

/**
 * The steps a presenter clicks through: overview, core, then each practice, each followed by
 * its questions when `withQuestions` is set; each of them as many pages as `pageCount` says
 * (by `stepKey`; one where it says nothing).
 */
export function presenterSteps(
  practiceIds: readonly PracticeId[],
  withQuestions: boolean,
  pageCount: (key: string) => number | undefined = () => 1,
): PresenterStep[] {
  const steps: PresenterStep[] = [{ kind: 'overview' }];
  const add = (id: PartId, questions: boolean) => {
    const pages = Math.max(1, pageCount(stepKey(id, questions)) ?? 1);
    for (let page = 0; page < pages; page++) {
      steps.push(questions && id !== CORE_ID ? { kind: 'questions', id, page } : { kind: 'part', id, page });
    }
  };
  add(CORE_ID, false);
  for (const id of practiceIds) {
    add(id, false);
    if (withQuestions) add(id, true);
  }
  return steps;
}

/** The part a step opens ('' for the overview). */
export function stepPart(step: PresenterStep): PartId | '' {
  return step.kind === 'overview' ? '' : step.id;
}

/** Whether a step shows what the element shows: that part, and its questions or not. */
export function showsView(step: PresenterStep, part: PartId | '', questions: boolean): boolean {
  return stepPart(step) === part && (step.kind === 'questions') === questions;
}

/**
 * The step that shows a part (its `page`, else its first page), so presenting starts where the
 * viewer already is; the overview when no step shows it.
 */
export function stepIndexOf(steps: readonly PresenterStep[], selected: PartId | '', questions = false, page = 0): number {
  const index = steps.findIndex((step) => showsView(step, selected, questions) && (step.kind === 'overview' || step.page === page));
  if (index >= 0 || page === 0) return Math.max(0, index);
  return stepIndexOf(steps, selected, questions);
}

/** Whether the step is a practice's: its text or its questions (where the timer is offered). */
export function isPracticeStep(step: PresenterStep): boolean {
  return step.kind === 'questions' || (step.kind === 'part' && step.id !== CORE_ID);
}
