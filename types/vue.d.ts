/**
 * Template types for `<innovasjon-modell>` in Vue 3, so editors and `vue-tsc` know its props and
 * events. Load them once, in any file of your app:
 *
 *   import type {} from 'innovasjon-modell/vue';
 *
 * Tell Vue's compiler that the tag is a custom element (`compilerOptions.isCustomElement`), and
 * bind `content` as a property: `.content="myContent"` (or `:content.prop`).
 *
 * Types only: the package does not need Vue to run.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  ExportEventDetail,
  FilmStartEventDetail,
  InnovasjonModell,
  PartEventDetail,
  StepEventDetail,
} from '../dist/lib/index.js';

/** The element's props in a template: its properties, and the `theme` attribute. */
export type InnovasjonModellVueProps = Partial<
  Pick<InnovasjonModell, 'selected' | 'presenting' | 'presentQuestions' | 'deepLink' | 'notes' | 'src' | 'content'>
> & {
  /** Language of content and interface: `nb` (default), `nn` or `en`; other tags fall back to bokmål. */
  lang?: 'nb' | 'nn' | 'en' | (string & Record<never, never>);
  /** Colour scheme: `auto` (default) follows the reader's setting. */
  theme?: 'auto' | 'light' | 'dark';
};

/** The element's events, by name, as `@innovasjon-open` and the like receive them. */
export interface InnovasjonModellEvents {
  'innovasjon-open': CustomEvent<PartEventDetail>;
  'innovasjon-close': CustomEvent<PartEventDetail>;
  'innovasjon-step': CustomEvent<StepEventDetail>;
  'innovasjon-film-start': CustomEvent<FilmStartEventDetail>;
  'innovasjon-export': CustomEvent<ExportEventDetail>;
}

declare module 'vue' {
  interface GlobalComponents {
    // Vue reads a tag's props from `$props` and its events from `$emit`; neither exists on the
    // element itself.
    'innovasjon-modell': new () => InnovasjonModell & {
      /** @deprecated Template types only: not a property of the element. */
      $props: Omit<HTMLAttributes, 'content' | 'lang'> & InnovasjonModellVueProps & PublicProps;
      /** @deprecated Template types only: not a method of the element. */
      $emit: EmitFn<{ [Name in keyof InnovasjonModellEvents]: (event: InnovasjonModellEvents[Name]) => void }>;
    };
  }
}
