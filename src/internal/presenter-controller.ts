import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PartId, PracticeId } from '../content/types.js';
import type { ToolStrings } from '../i18n/tool-strings.js';
import { STEP_EVENT, type PresenterCommand, type StepEventDetail } from './events.js';
import { presenterSteps, stepIndexOf, stepPart, type PresenterStep } from './presenter-steps.js';

export interface PresenterHost extends ReactiveControllerHost, HTMLElement {
  /** Whether presenter mode is on (the host's reflected `presenting` property). */
  presenting: boolean;
  /** Whether each practice is followed by a questions step. */
  presentQuestions: boolean;
}

/** What the controller reads from and asks of its host, without reaching into its privates. */
export interface PresenterBinding {
  practiceIds(): PracticeId[];
  titleOf(id: PartId): string;
  /** Text of presenter mode; undefined until loaded. */
  tools(): ToolStrings | undefined;
  modelTitle(): string;
  /** What is shown now: the open part, and whether only its questions. */
  current(): { part: PartId | ''; questions: boolean };
  /** Shows a step's part. */
  show(part: PartId | '', questions: boolean): void;
}

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
  private readonly host: PresenterHost;
  private readonly binding: PresenterBinding;

  constructor(host: PresenterHost, binding: PresenterBinding) {
    this.host = host;
    this.binding = binding;
    host.addController(this);
  }

  private get steps(): PresenterStep[] {
    return presenterSteps(this.binding.practiceIds(), this.host.presentQuestions);
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    this.sync();
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.stopListening();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Follows the host: listens while presenting; keeps the step in line with what is shown. */
  private sync(): void {
    if (!this.host.presenting) {
      this.stopListening();
      this.exitFullscreen();
      return;
    }
    if (!this.listening) {
      document.addEventListener('keydown', this.onKeydown, true);
      this.listening = true;
    }
    const { part, questions } = this.binding.current();
    const step = this.steps[this.stepIndex];
    if (!step || stepPart(step) !== part || (step.kind === 'questions') !== questions) {
      this.stepIndex = stepIndexOf(this.steps, part, questions);
      this.host.requestUpdate();
    }
  }

  /** Carries out a command of the on-screen bar. */
  command(command: PresenterCommand): void {
    if (command === 'exit') this.host.presenting = false;
    else this.go(command === 'next' ? 1 : -1);
  }

  /** One step forward or back. */
  go(delta: 1 | -1): void {
    const steps = this.steps;
    const next = Math.min(Math.max(this.stepIndex + delta, 0), steps.length - 1);
    if (next === this.stepIndex) return;
    const step = steps[next];
    this.stepIndex = next;
    this.binding.show(stepPart(step), step.kind === 'questions');
    const detail: StepEventDetail = {
      step: next + 1,
      total: steps.length,
      id: stepPart(step),
      questions: step.kind === 'questions',
    };
    this.host.dispatchEvent(new CustomEvent(STEP_EVENT, { detail, bubbles: true, composed: true }));
  }

  /** Asks for full screen; call within the click that started presenting. */
  async requestFullscreen(): Promise<void> {
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
    const tools = this.binding.tools();
    if (!tools) return nothing;
    const steps = this.steps;
    const step = steps[this.stepIndex];
    const part = stepPart(step);
    const title = part ? this.binding.titleOf(part) : tools.presenter.overview;
    return html`<innovasjon-modell-presenter-bar
      exportparts="presenter-bar"
      .step=${this.stepIndex + 1}
      .total=${steps.length}
      .stepTitle=${step.kind === 'questions' ? tools.presenter.questionsOf(title) : title}
      .modelTitle=${this.binding.modelTitle()}
      .tools=${tools}
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
    if (this.inFullscreen && !nowFullscreen) this.host.presenting = false;
    this.inFullscreen = nowFullscreen;
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.host.presenting = false;
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
