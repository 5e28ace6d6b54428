import { CORE_ID } from '../../model/types.js';
import { html, nothing, type ReactiveController } from 'lit';
import { PRESENTER_COMMAND_EVENT, STEP_EVENT, type PresenterCommand, type StepEventDetail } from '../../shared/events.js';
import type { FeatureHost } from '../feature.js';
import { presenterSteps, stepIndexOf, stepPart, type PresenterStep } from './presenter-steps.js';

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);
/** Where Space and arrows already mean something: leave those keys alone there. */
const OWN_KEYS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'VIDEO', 'IFRAME']);
/** Space presses these; it must not also step. */
const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY']);

/**
 * Presenter mode: the step sequence (overview, core, practices, optionally their questions),
 * full screen through the Fullscreen API (the viewport fill in CSS stays where it is refused),
 * and the keys slide clickers send (Right/Left, PageDown/PageUp, Space/Shift+Space, Escape).
 * Keys are listened for on the document only while presenting, so outside presenter mode the
 * element never takes them from the page (reveal.js and the like keep working).
 * Loaded as a chunk of its own when someone first presents.
 */
export class PresenterController implements ReactiveController {
  private stepIndex = 0;
  private listening = false;
  private inFullscreen = false;
  /** Whether the host was presenting at the last update: presenting starts when this turns. */
  private wasPresenting = false;
  private readonly host: FeatureHost;

  constructor(host: FeatureHost) {
    this.host = host;
    host.addController(this);
  }

  private get steps(): PresenterStep[] {
    return presenterSteps(
      this.host.shownContent.practices.map((practice) => practice.id),
      this.host.presentQuestions,
    );
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    // `presenterStep()` on the element, and the bar's buttons, come as commands.
    this.host.addEventListener(PRESENTER_COMMAND_EVENT, this.onCommand);
    this.sync();
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.host.removeEventListener(PRESENTER_COMMAND_EVENT, this.onCommand);
    this.stopListening();
    this.wasPresenting = false;
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Follows the host: listens while presenting; keeps the step in line with what is shown. */
  private sync(): void {
    const { part, questions, presenting } = this.host.view;
    if (!presenting) {
      this.wasPresenting = false;
      this.stopListening();
      this.exitFullscreen();
      return;
    }
    if (!this.wasPresenting) {
      this.wasPresenting = true;
      // Only within the user activation of the click that started presenting, which the
      // Fullscreen API requires (it lasts a few seconds, longer than this chunk takes to arrive).
      // Presenting set by the page, or kept across a move, fills the viewport without asking.
      if (navigator.userActivation?.isActive ?? true) void this.requestFullscreen();
    }
    if (!this.listening) {
      document.addEventListener('keydown', this.onKeydown, true);
      this.listening = true;
    }
    // Only a change asks for another update, so a view that is no step (the overview counts
    // then) cannot make the element update for ever.
    const index = stepIndexOf(this.steps, part, questions);
    if (index !== this.stepIndex) {
      this.stepIndex = index;
      this.host.requestUpdate();
    }
  }

  /** Carries out a command of the on-screen bar or of `presenterStep()`. */
  private readonly onCommand = (event: Event): void => {
    const command = (event as CustomEvent<PresenterCommand>).detail;
    if (command === 'exit') this.host.show({ presenting: false });
    else this.go(command === 'next' ? 1 : -1);
  };

  /** One step forward or back. */
  go(delta: 1 | -1): void {
    const steps = this.steps;
    const next = Math.min(Math.max(this.stepIndex + delta, 0), steps.length - 1);
    if (next === this.stepIndex) return;
    const step = steps[next];
    this.stepIndex = next;
    this.host.show({ part: stepPart(step), questions: step.kind === 'questions' });
    const detail: StepEventDetail = {
      step: next + 1,
      total: steps.length,
      id: stepPart(step),
      questions: step.kind === 'questions',
    };
    this.host.dispatchEvent(new CustomEvent(STEP_EVENT, { detail, bubbles: true, composed: true }));
  }

  /** Asks for full screen; refused without a user activation. */
  private async requestFullscreen(): Promise<void> {
    if (!this.host.requestFullscreen || document.fullscreenElement === this.host) return;
    try {
      await this.host.requestFullscreen();
    } catch {
      // Refused (no user gesture, an iframe without allowfullscreen): the viewport fill stays.
    }
  }

  private exitFullscreen(): void {
    if (document.fullscreenElement === this.host) document.exitFullscreen().catch(() => undefined);
  }

  /** The bar with previous, counter, next and exit. */
  renderBar() {
    const { tools, shownContent } = this.host;
    if (!tools || !this.host.view.presenting) return nothing;
    const steps = this.steps;
    // The steps may have just become fewer (present-questions switched off); sync() follows.
    const step = steps[Math.min(this.stepIndex, steps.length - 1)];
    const part = stepPart(step);
    const title = !part
      ? tools.presenter.overview
      : part === CORE_ID
        ? shownContent.core.title
        : (shownContent.practices.find((practice) => practice.id === part)?.title ?? part);
    return html`<innovasjon-modell-presenter-bar
      exportparts="presenter-bar"
      .step=${this.stepIndex + 1}
      .total=${steps.length}
      .stepTitle=${step.kind === 'questions' ? tools.presenter.questionsOf(title) : title}
      .modelTitle=${shownContent.title}
      .tools=${tools}
      @presenter-command=${this.onCommand}
    ></innovasjon-modell-presenter-bar>`;
  }

  private stopListening(): void {
    if (!this.listening) return;
    document.removeEventListener('keydown', this.onKeydown, true);
    this.listening = false;
  }

  private readonly onFullscreenChange = (): void => {
    const nowFullscreen = document.fullscreenElement === this.host;
    // The browser left full screen (its own Escape handling): leave presenter mode with it.
    if (this.inFullscreen && !nowFullscreen) this.host.show({ presenting: false });
    this.inFullscreen = nowFullscreen;
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.host.show({ presenting: false });
      return;
    }
    const target = event.composedPath()[0] as HTMLElement | undefined;
    const ownsKeys = !!target && (OWN_KEYS.has(target.nodeName) || target.isContentEditable);
    const pressable = !!target && PRESSABLE.has(target.nodeName);
    let delta: 1 | -1 | 0 = 0;
    if (!ownsKeys && NEXT_KEYS.has(event.key)) delta = 1;
    else if (!ownsKeys && PREVIOUS_KEYS.has(event.key)) delta = -1;
    else if (!ownsKeys && !pressable && event.key === ' ') delta = event.shiftKey ? -1 : 1;
    if (!delta) return;
    // Taken here, in the capture phase, so the diagram's own arrow keys do not move focus too.
    event.preventDefault();
    event.stopPropagation();
    this.go(delta);
  };
}
