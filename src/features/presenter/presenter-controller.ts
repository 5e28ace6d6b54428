import { html, nothing, type ReactiveController } from 'lit';
import { isQuestionKey } from '../../model/part-pieces.js';
import { CORE_ID, type PartId } from '../../model/types.js';
import { PRESENTER_COMMAND_EVENT, STEP_EVENT, type StepEventDetail } from '../../shared/events.js';
import type { LinkedView } from '../deep-link/hash-value.js';
import type { FeatureHost } from '../feature.js';
import type { PresenterPages } from './presenter-fit.js';
import { MODIFIER_KEYS, keyAction, type PresenterAction } from './presenter-keys.js';
import { isPracticeStep, presenterSteps, showsView, stepIndexOf, stepKey, stepPart, type PresenterStep } from './presenter-steps.js';

/** Where Space and arrows already mean something: leave those keys alone there. */
const OWN_KEYS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'VIDEO', 'IFRAME']);
/** Space presses these; it must not also step. */
const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY']);
/** Actions a held key repeats; a held key does not switch a screen on and off. */
const REPEATING = new Set<PresenterAction>(['next', 'previous']);

/** The screens over the presentation; one at a time. */
type Screen = 'blackout' | 'qr' | 'help';

/** The element focused now, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presenter mode: the step sequence (overview, core, practices, optionally their questions,
 * each on as many pages as it needs to fit the screen), full screen through the Fullscreen API
 * (the viewport fill in CSS stays where it is refused), and the keys slide clickers send
 * (Right/Left, PageDown/PageUp, Space/Shift+Space, Home/End, Escape), with a black screen (B, .),
 * a QR code of the page (Q), a timer (T) and the list of keys (H, ?).
 * Keys are listened for on the document only while presenting, so outside presenter mode the
 * element never takes them from the page (reveal.js and the like keep working). Leaving gives
 * focus back to the control that started it, or to the part that was open.
 * Loaded as a chunk of its own when someone first presents.
 */
export class PresenterController implements ReactiveController {
  private stepIndex = 0;
  private listening = false;
  private inFullscreen = false;
  /** Whether the host was presenting at the last update: presenting starts when this turns. */
  private wasPresenting = false;
  /** The pages of each step's part, once measured; until then each part is one page. */
  private pages?: PresenterPages;
  private screen?: Screen;
  private timerShown = false;
  /** What had focus when presenting started, to have it back at the end. */
  private startedFrom?: HTMLElement;
  /** The key that the presenter handled last: its keyup is not passed on (Space would press a button). */
  private handledKey?: string;
  private readonly host: FeatureHost;

  constructor(host: FeatureHost) {
    this.host = host;
    host.addController(this);
  }

  private get steps(): PresenterStep[] {
    const { pages } = this;
    return presenterSteps(
      this.host.shownContent.practices.map((practice) => practice.id),
      this.host.presentQuestions,
      (key) => pages?.get(key)?.length,
    );
  }

  /** The step shown (the steps may have just become fewer; `sync()` follows). */
  private get step(): PresenterStep {
    const steps = this.steps;
    return steps[Math.min(this.stepIndex, steps.length - 1)];
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    // `presenterStep()` on the element comes as a command.
    this.host.addEventListener(PRESENTER_COMMAND_EVENT, this.onCommand);
    this.noteStart();
    this.sync();
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.host.removeEventListener(PRESENTER_COMMAND_EVENT, this.onCommand);
    this.stopListening();
    this.wasPresenting = false;
    this.screen = undefined;
    this.timerShown = false;
  }

  /** Before the host draws: the control that started presenting still has focus. */
  hostUpdate(): void {
    this.noteStart();
  }

  hostUpdated(): void {
    this.sync();
  }

  private noteStart(): void {
    if (!this.host.view.presenting || this.wasPresenting) return;
    const active = deepActiveElement();
    this.startedFrom = active instanceof HTMLElement && active !== document.body ? active : undefined;
  }

  /** Follows the host: listens while presenting; keeps the step in line with what is shown. */
  private sync(): void {
    const { part, questions, presenting } = this.host.view;
    if (!presenting) {
      if (this.wasPresenting) this.ended(part);
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
      void this.host.updateComplete.then(() => this.focusBar());
    }
    if (!this.listening) {
      document.addEventListener('keydown', this.onKeydown, true);
      document.addEventListener('keyup', this.onKeyup, true);
      this.listening = true;
    }
    // Still on a page of what is shown: stay there; else the first page of what is shown. Only
    // a change asks for another update, so a view that is no step cannot update for ever.
    const steps = this.steps;
    const current = steps[this.stepIndex];
    const index = current && showsView(current, part, questions) ? this.stepIndex : stepIndexOf(steps, part, questions);
    if (index !== this.stepIndex) {
      this.stepIndex = index;
      this.host.requestUpdate();
    }
  }

  /** Presenting ended: the screens over it go, and focus goes back to where it started. */
  private ended(part: PartId | ''): void {
    this.screen = undefined;
    this.timerShown = false;
    const startedFrom = this.startedFrom;
    this.startedFrom = undefined;
    void this.host.updateComplete.then(() => this.giveFocusBack(startedFrom, part));
  }

  /**
   * To the control that started presenting, once it is drawn again; else to the part that was
   * open; else to the «Presenter modellen» button. Focus the viewer has put elsewhere stays.
   */
  private giveFocusBack(startedFrom: HTMLElement | undefined, part: PartId | ''): void {
    const outer = document.activeElement;
    if (this.host.view.presenting || (outer && outer !== document.body && outer !== this.host)) return;
    if (startedFrom?.isConnected) {
      startedFrom.focus();
      if (deepActiveElement() === startedFrom) return;
    }
    if (part) this.host.focusPart(part);
    else this.host.shadowRoot?.querySelector<HTMLElement>('[part="present-button"]')?.focus();
  }

  /**
   * Focus into the presentation, unless it is there already: to the bar, whose name and step are
   * read out. (The button that started presenting is hidden now, and holds focus no longer.)
   */
  private focusBar(): void {
    if (!this.host.view.presenting) return;
    if (document.activeElement === this.host && deepActiveElement()?.checkVisibility?.()) return;
    this.host.shadowRoot?.querySelector('innovasjon-modell-presenter-bar')?.focus();
  }

  /** Carries out a command of the bar, the timer, a screen, or `presenterStep()`. */
  private readonly onCommand = (event: Event): void => {
    this.run((event as CustomEvent<PresenterAction>).detail);
  };

  private run(action: PresenterAction): void {
    switch (action) {
      case 'next':
        return this.go(this.stepIndex + 1);
      case 'previous':
        return this.go(this.stepIndex - 1);
      case 'first':
        return this.go(0);
      case 'last':
        return this.go(this.steps.length - 1);
      case 'exit':
        return this.host.show({ presenting: false });
      case 'close':
        this.screen = undefined;
        break;
      case 'timer-toggle':
        this.timerShown = !this.timerShown;
        break;
      case 'timer-run':
        // Shown where a round is run (a practice's steps), or wherever it is shown already.
        if (!this.timerShown && !isPracticeStep(this.step)) return;
        if (!customElements.get('innovasjon-modell-presenter-timer')) return;
        this.timerShown = true;
        this.host.shadowRoot?.querySelector('innovasjon-modell-presenter-timer')?.toggle();
        break;
      default:
        // A screen whose chunk did not come (the console says so) is not opened, unseen.
        if (!customElements.get(`innovasjon-modell-presenter-${action}`)) return;
        this.screen = action;
    }
    this.host.requestUpdate();
  }

  /** To a step (kept within the steps). */
  private go(target: number): void {
    const steps = this.steps;
    const next = Math.min(Math.max(target, 0), steps.length - 1);
    if (next === this.stepIndex) return;
    const step = steps[next];
    this.stepIndex = next;
    this.host.show({ part: stepPart(step), questions: step.kind === 'questions' });
    // Another page of the same part changes nothing the element holds.
    this.host.requestUpdate();
    const detail: StepEventDetail = {
      step: next + 1,
      total: steps.length,
      id: stepPart(step),
      questions: step.kind === 'questions',
    };
    this.host.dispatchEvent(new CustomEvent(STEP_EVENT, { detail, bubbles: true, composed: true }));
  }

  /** New pages measured: the same page of the same part stays shown, or its last page. */
  private readonly onPages = (event: CustomEvent<PresenterPages>): void => {
    const before = this.step;
    this.pages = event.detail;
    if (before.kind !== 'overview') {
      const questions = before.kind === 'questions';
      const count = this.pages.get(stepKey(before.id, questions))?.length ?? 1;
      this.stepIndex = stepIndexOf(this.steps, before.id, questions, Math.min(before.page, count - 1));
    }
    this.host.requestUpdate();
  };

  /** The pieces of the open part the panel draws now: the page shown. */
  panelPage(): ReadonlySet<string> | undefined {
    const { part, questions, presenting } = this.host.view;
    if (!presenting || !part) return undefined;
    const step = this.step;
    return this.pages?.get(stepKey(part, questions))?.[step.kind !== 'overview' && showsView(step, part, questions) ? step.page : 0];
  }

  /**
   * What «Follow on your phone» opens: the step's part, and its questions on a page of questions
   * only; nothing of the element without deep links (it would not read them).
   */
  private followView(step: PresenterStep): LinkedView | undefined {
    if (!this.host.deepLink) return undefined;
    const page = this.panelPage();
    return { part: stepPart(step), questions: step.kind === 'questions' || (!!page?.size && [...page].every(isQuestionKey)) };
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

  /** The bar, the measure of the pages, the timer, and the screens over the presentation. */
  render() {
    const { tools, shownContent } = this.host;
    if (!tools || !this.host.view.presenting) return nothing;
    const steps = this.steps;
    const index = Math.min(this.stepIndex, steps.length - 1);
    const step = steps[index];
    const part = stepPart(step);
    const title = !part
      ? tools.presenter.overview
      : part === CORE_ID
        ? shownContent.core.title
        : (shownContent.practices.find((practice) => practice.id === part)?.title ?? part);
    return html`<innovasjon-modell-presenter-bar
        exportparts="presenter-bar"
        .step=${index + 1}
        .total=${steps.length}
        .stepTitle=${step.kind === 'questions' ? tools.presenter.questionsOf(title) : title}
        .modelTitle=${shownContent.title}
        .tools=${tools}
        .timerOffered=${this.timerShown || isPracticeStep(step)}
        .timerShown=${this.timerShown}
        @presenter-command=${this.onCommand}
      ></innovasjon-modell-presenter-bar>
      <innovasjon-modell-presenter-fit
        exportparts="panel, heading, close-button, film, play-button, questions"
        aria-hidden="true"
        .inert=${true}
        .content=${this.host.hasTexts ? shownContent : undefined}
        .tools=${tools}
        .withQuestions=${this.host.presentQuestions}
        @presenter-pages=${this.onPages}
      ></innovasjon-modell-presenter-fit>
      <innovasjon-modell-presenter-timer
        exportparts="presenter-timer"
        .shown=${this.timerShown}
        .tools=${tools}
        @presenter-command=${this.onCommand}
      ></innovasjon-modell-presenter-timer>
      <innovasjon-modell-presenter-blackout
        .open=${this.screen === 'blackout'}
        .tools=${tools}
        @presenter-command=${this.onCommand}
      ></innovasjon-modell-presenter-blackout>
      <innovasjon-modell-presenter-qr
        exportparts="qr-code"
        .open=${this.screen === 'qr'}
        .view=${this.followView(step)}
        .elementId=${this.host.id}
        .tools=${tools}
        @presenter-command=${this.onCommand}
      ></innovasjon-modell-presenter-qr>
      <innovasjon-modell-presenter-help
        .open=${this.screen === 'help'}
        .tools=${tools}
        @presenter-command=${this.onCommand}
      ></innovasjon-modell-presenter-help>`;
  }

  private stopListening(): void {
    if (!this.listening) return;
    document.removeEventListener('keydown', this.onKeydown, true);
    document.removeEventListener('keyup', this.onKeyup, true);
    this.listening = false;
  }

  private readonly onFullscreenChange = (): void => {
    const nowFullscreen = document.fullscreenElement === this.host;
    // The browser left full screen (its own Escape handling): leave presenter mode with it.
    if (this.inFullscreen && !nowFullscreen) this.host.show({ presenting: false });
    this.inFullscreen = nowFullscreen;
  };

  /** Taken here, in the capture phase, so the diagram's own keys and the page's do not act too. */
  private take(event: KeyboardEvent): void {
    event.preventDefault();
    event.stopPropagation();
    this.handledKey = event.key;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || MODIFIER_KEYS.has(event.key)) return;
    if (this.screen) {
      // A screen over the presentation: Tab moves between its buttons; any other key closes
      // it, and does nothing else (no step, no button pressed).
      if (event.key === 'Tab') return;
      this.take(event);
      this.run('close');
      return;
    }
    const target = event.composedPath()[0] as HTMLElement | undefined;
    const action = keyAction(event, {
      ownsKeys: !!target && (OWN_KEYS.has(target.nodeName) || target.isContentEditable),
      pressable: !!target && PRESSABLE.has(target.nodeName),
    });
    if (!action) return;
    this.take(event);
    if (!event.repeat || REPEATING.has(action)) this.run(action);
  };

  /** The keyup of a key taken: Space presses a focused button on keyup, and must not here. */
  private readonly onKeyup = (event: KeyboardEvent): void => {
    if (event.key !== this.handledKey) return;
    this.handledKey = undefined;
    event.preventDefault();
    event.stopPropagation();
  };
}
