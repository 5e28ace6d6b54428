/**
 * Type tests of `innovasjon-modell/react`, checked with the React example by test/examples/examples.mjs:
 * the valid lines must pass and each line after `@ts-expect-error` must fail, so a declaration that
 * lost its types (every prop `any`) fails the check instead of passing it.
 */
import type {} from 'innovasjon-modell/react';
import type { InnovasjonModell, PartEventDetail, StepEventDetail } from 'innovasjon-modell';

export const valid = (
  <innovasjon-modell
    selected="tillit-og-risikovilje"
    lang="nn"
    theme="dark"
    presenting
    presentQuestions={false}
    deepLink
    notes
    src="/innhold.json"
    id="modell"
    className="modell"
    ref={(element: InnovasjonModell | null) => element?.presenterStep(1)}
    oninnovasjon-open={(event: CustomEvent<PartEventDetail>) => event.preventDefault()}
    oninnovasjon-step={(event) => {
      const detail: StepEventDetail = event.detail;
      return detail.step;
    }}
    oninnovasjon-film-start={(event) => event.detail.kind.length}
    oninnovasjon-export={(event) => event.detail.format === 'png' && event.detail.action === 'copy'}
  />
);

export const invalid = [
  // @ts-expect-error: not a part id
  <innovasjon-modell selected="kjernen" />,
  // @ts-expect-error: not a theme
  <innovasjon-modell theme="bright" />,
  // @ts-expect-error: a boolean property
  <innovasjon-modell notes="yes" />,
  // @ts-expect-error: content is an object of the ModelContent type
  <innovasjon-modell content="Kultur for innovasjon" />,
  // @ts-expect-error: the open event's detail has no `step`
  <innovasjon-modell oninnovasjon-open={(event) => event.detail.step} />,
  // @ts-expect-error: the step event's detail is StepEventDetail
  <innovasjon-modell oninnovasjon-step={(event: CustomEvent<{ title: string }>) => event} />,
];
