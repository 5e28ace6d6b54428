/**
 * Presenter mode's chunk: its controller, its step bar and its styles, fetched when an element
 * first presents, so pages that never present do not pay for it.
 */
import type { FeatureHost, FeatureInstance } from '../feature.js';
import { defineElement } from '../../shared/define-element.js';
import { PresenterBar } from './presenter-bar.js';
import { PresenterController } from './presenter-controller.js';
import { presentingStyles } from './presenting.styles.js';

export function attach(host: FeatureHost): FeatureInstance {
  defineElement('innovasjon-modell-presenter-bar', PresenterBar);
  const controller = new PresenterController(host);
  return { styles: presentingStyles, renderTop: () => controller.renderBar() };
}
