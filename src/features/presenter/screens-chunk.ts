/**
 * Presenter mode's timer and its screens over the presentation (black screen, QR code, keys): a
 * chunk fetched with presenter mode's. The QR encoder comes later still, when a code is first shown.
 */
import { defineElement } from '../../shared/define-element.js';
import { PresenterBlackout } from './presenter-blackout.js';
import { PresenterHelp } from './presenter-help.js';
import { PresenterQr } from './presenter-qr.js';
import { PresenterTimer } from './presenter-timer.js';

export function define(): void {
  defineElement('innovasjon-modell-presenter-timer', PresenterTimer);
  defineElement('innovasjon-modell-presenter-blackout', PresenterBlackout);
  defineElement('innovasjon-modell-presenter-qr', PresenterQr);
  defineElement('innovasjon-modell-presenter-help', PresenterHelp);
}
