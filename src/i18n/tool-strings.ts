/**
 * Interface text of the tools that are loaded on demand (presenter mode, worksheet, notes), for
 * one language. Kept apart from `UiStrings` so the main bundle does not carry it.
 */
export interface ToolStrings {
  /** Presenter mode. */
  presenter: {
    /** Button that leaves it. */
    exit: string;
    next: string;
    previous: string;
    /** Name of the step bar, for screen readers. */
    barLabel: string;
    /** Read out on each step: «Trinn 3 av 6: Vise tillit og risikovilje». */
    stepStatus: (step: number, total: number, title: string) => string;
    /** Title of the overview step. */
    overview: string;
    /** Title of a practice's questions step. */
    questionsOf: (title: string) => string;
  };
  /** The workshop worksheet in a practice's panel. */
  worksheet: {
    heading: string;
    /** Label of the audience choice. */
    audienceLabel: string;
    /** Choice for every audience at once. */
    allAudiences: string;
    print: string;
    copy: string;
    copied: string;
    copyFailed: string;
    /** Line under the title on the printed sheet. */
    printedNote: string;
  };
  /** The facilitator's notes in a practice's panel. */
  notes: {
    heading: string;
    /** Label of the notes field, given the practice's title. */
    label: (title: string) => string;
    hint: string;
    export: string;
    delete: string;
    deleted: string;
    /** Heading of the exported text file. */
    fileTitle: (modelTitle: string) => string;
  };
}

/** The tools' text for a language; each language is a small chunk of its own. */
export function loadToolStrings(lang: 'nb' | 'nn' | 'en'): Promise<ToolStrings> {
  const importers = {
    nb: () => import('./tools/nb.js'),
    nn: () => import('./tools/nn.js'),
    en: () => import('./tools/en.js'),
  };
  return importers[lang]().then((module) => module.tools);
}
