/**
 * Presenter mode's chunk: its controller, its step bar and its styles, fetched when an element
 * first presents, so pages that never present do not pay for it. It fetches the rest at once,
 * in two chunks of its own: the measure that fits each step to the screen, and the timer with
 * the screens over the presentation (black screen, QR code, keys). Until they are here, the
 * steps are one a part, as before.
 */
import type { FeatureHost, FeatureInstance } from '../feature.js';
import { messagePrefix } from '../../model/message-prefix.js';
import { Chunk } from '../../shared/chunk.js';
import { defineElement } from '../../shared/define-element.js';
import { PresenterBar } from './presenter-bar.js';
import { PresenterController } from './presenter-controller.js';
import { presentingStyles } from './presenting.styles.js';

const parts = [
  new Chunk('presenter mode’s fit to the screen', () => import('./fit-chunk.js')),
  new Chunk('presenter mode’s timer and screens', () => import('./screens-chunk.js')),
];

export function attach(host: FeatureHost): FeatureInstance {
  defineElement('innovasjon-modell-presenter-bar', PresenterBar);
  for (const part of parts) {
    host.track(
      part.load().then(
        (module) => module.define(),
        (error: unknown) => {
          if (part.failureReported) return;
          part.failureReported = true;
          console.error(`${messagePrefix(host.localName)}could not load ${part.name}.`, error);
        },
      ),
    );
  }
  const controller = new PresenterController(host);
  return {
    styles: presentingStyles,
    renderTop: () => controller.render(),
    panelPage: () => controller.panelPage(),
  };
}
