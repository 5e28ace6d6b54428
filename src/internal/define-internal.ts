import { ModelDiagram } from '../components/model-diagram/model-diagram.js';
import { defineElement } from './define-element.js';
import { reportLoadFailure } from './report.js';

/**
 * Registers the diagram, the inner part every `<innovasjon-modell>` draws at once. Called by the
 * element itself, so it works even when a page registers the public class under its own tag.
 */
export function defineDiagram(): void {
  defineElement('innovasjon-modell-diagram', ModelDiagram);
}

let panelElements: Promise<void> | undefined;

/**
 * The panel and the film player are a chunk of their own: the first paint does not wait for
 * them. Fetched when the browser is idle after the first render, or at once when a part opens.
 */
export function loadPanelElements(): Promise<void> {
  panelElements ??= import('./define-panel.js').then(
    ({ definePanelElements }) => definePanelElements(),
    (error: unknown) => {
      panelElements = undefined; // let a later opening try again
      reportLoadFailure('the panel')(error);
    },
  );
  return panelElements;
}

