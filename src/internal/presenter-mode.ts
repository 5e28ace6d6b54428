/**
 * The chunk behind presenter mode: its controller, its bar and its styles, fetched when someone first
 * presents, so pages that never present do not pay for it.
 */
import { PresenterBar } from '../components/presenter-bar/presenter-bar.js';
import { defineElement } from './define-element.js';

export { PresenterController } from './presenter-controller.js';
export { presentingStyles } from '../components/innovasjon-modell/presenting.styles.js';

export function definePresenterBar(): void {
  defineElement('innovasjon-modell-presenter-bar', PresenterBar);
}
