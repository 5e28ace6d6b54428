import { expect } from '@open-wc/testing';
import { MAX_HASH_LENGTH, linkKey, readLinkedView, writeLinkedView } from '../../src/features/deep-link/hash-value.js';

const KEY = 'modell';

describe('deep links: reading and writing the hash', () => {
  it('reads the element’s own key and a bare part id', () => {
    expect(readLinkedView('modell=kjerne', KEY)).to.deep.equal({ part: 'kjerne', questions: false });
    expect(readLinkedView('a=b&modell=tillit-og-risikovilje%2Fsporsmal', KEY)).to.deep.equal({
      part: 'tillit-og-risikovilje',
      questions: true,
    });
    expect(readLinkedView('tillit-og-risikovilje', KEY)).to.deep.equal({ part: 'tillit-og-risikovilje', questions: false });
  });

  it('keys an element by its id, and one without an id by `innovasjon-modell`', () => {
    expect(linkKey('modell-a')).to.equal('modell-a');
    expect(linkKey('')).to.equal('innovasjon-modell');
    expect(readLinkedView(writeLinkedView('', linkKey(''), { part: 'kjerne', questions: false })!, 'innovasjon-modell')).to.deep.equal({
      part: 'kjerne',
      questions: false,
    });
  });

  for (const [name, hash] of [
    ['a bad escape', '100%'],
    ['a bad escape in a value', 'modell=%E0%A4%A'],
    ['a page anchor', 'kontakt'],
    ['another element’s key', 'annen-modell=kjerne'],
    ['a value that names no part', 'modell=%3Cscript%3E'],
    ['an overlong hash', `modell=kjerne&x=${'y'.repeat(MAX_HASH_LENGTH)}`],
  ]) {
    it(`ignores ${name}, without an error`, () => {
      expect(readLinkedView(hash, KEY)).to.equal(undefined);
    });
  }

  it('decodes a value once: %26 stays a character, not a separator', () => {
    expect(readLinkedView('modell=kjerne%26annen%3Dx', KEY)).to.equal(undefined);
    expect(new URLSearchParams(writeLinkedView('', 'a&b', { part: 'kjerne', questions: false })).get('a&b')).to.equal('kjerne');
  });

  it('keeps other elements’ keys when it writes, and leaves a page anchor alone while nothing is open', () => {
    expect(writeLinkedView('annen=kjerne', KEY, { part: 'tillit-og-risikovilje', questions: false })).to.equal(
      'annen=kjerne&modell=tillit-og-risikovilje',
    );
    expect(writeLinkedView('annen=kjerne&modell=kjerne', KEY, { part: '', questions: false })).to.equal('annen=kjerne');
    expect(writeLinkedView('kontakt', KEY, { part: '', questions: false })).to.equal(undefined);
    expect(writeLinkedView('kjerne', KEY, { part: '', questions: false })).to.equal('');
  });
});
