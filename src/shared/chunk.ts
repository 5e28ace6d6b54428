/**
 * A part of the code that is fetched when first needed, shared by every element on the page.
 * It is imported once; a failed import is tried once more at once (it helps where the failure was
 * passing; browsers that keep a failed module fetch answer the retry from that), and a second
 * failure is final for this page, so no element asks again on every update. No DOM: the elements
 * decide how a failure is shown.
 */
export class Chunk<T> {
  /** What the chunk holds, in words for messages, e.g. «presenter mode». */
  readonly name: string;
  /** The chunk's exports, once they are here. */
  value?: T;
  /** True once the chunk is here. */
  ready = false;
  /** Set when the failure has been told in the console, so it is told once. */
  failureReported = false;
  readonly #importer: () => Promise<T>;
  #promise?: Promise<T>;

  constructor(name: string, importer: () => Promise<T>) {
    this.name = name;
    this.#importer = importer;
  }

  load(): Promise<T> {
    this.#promise ??= this.#importer()
      .catch(() => this.#importer())
      .then((value) => {
        this.ready = true;
        return (this.value = value);
      });
    return this.#promise;
  }
}
