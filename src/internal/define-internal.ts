import { DetailPanel } from '../components/detail-panel/detail-panel.js';
import { FilmPlayer } from '../components/film-player/film-player.js';
import { ModelDiagram } from '../components/model-diagram/model-diagram.js';
import { defineElement } from './define-element.js';

/**
 * Registers the element's inner parts. Called by `<innovasjon-modell>` itself, so it works
 * even when a page registers the public class under a tag name of its own.
 */
export function defineInternalElements(): void {
  defineElement('innovasjon-modell-diagram', ModelDiagram);
  defineElement('innovasjon-modell-panel', DetailPanel);
  defineElement('innovasjon-modell-film', FilmPlayer);
}
