/** The measure that fits presenter mode's steps to the screen: a chunk fetched with presenter mode's. */
import { defineElement } from '../../shared/define-element.js';
import { PresenterFit } from './presenter-fit.js';

export function define(): void {
  defineElement('innovasjon-modell-presenter-fit', PresenterFit);
}
