import { useState } from 'react';
// Registers <innovasjon-modell>; the JSX types make editors and tsc know its props and events.
import 'innovasjon-modell/define';
import type {} from 'innovasjon-modell/react';
import { defaultContent, type ModelContent, type PartEventDetail, type PartId } from 'innovasjon-modell';

// `content` replaces the whole content: the built-in content, with one practice's intro changed.
// Defined once, outside the component, so React does not hand the element a new object each render.
const content: ModelContent = {
  ...defaultContent,
  practices: defaultContent.practices.map((practice) =>
    practice.id === 'tillit-og-risikovilje'
      ? { ...practice, intro: 'Hos oss betyr tillit at du får prøve, og at vi lærer sammen når noe går galt.' }
      : practice,
  ),
};

/** A practice this page keeps closed, to show that `innovasjon-open` can be cancelled. */
const LOCKED: PartId = 'laere-og-endre-praksis';

export function App() {
  const [selected, setSelected] = useState<PartId | ''>('');
  const [log, setLog] = useState<string[]>([]);
  const [locked, setLocked] = useState(true);

  // React 19 adds a listener for `on` + the event's exact name: `oninnovasjon-open`.
  function onOpen(event: CustomEvent<PartEventDetail>) {
    const { id } = event.detail;
    if (locked && id === LOCKED) {
      event.preventDefault(); // the part stays closed
      setLog((entries) => [...entries, `innovasjon-open: ${id} (stoppet)`]);
      return;
    }
    setSelected(id);
    setLog((entries) => [...entries, `innovasjon-open: ${id}`]);
  }

  function onClose(event: CustomEvent<PartEventDetail>) {
    setSelected('');
    setLog((entries) => [...entries, `innovasjon-close: ${event.detail.id}`]);
  }

  return (
    <main>
      <h1>Kultur for innovasjon</h1>
      <label>
        <input type="checkbox" checked={locked} onChange={(event) => setLocked(event.target.checked)} /> Hold «Lære og
        endre praksis» lukket
      </label>
      {/* Props the element has are set as properties: `content` takes the object as it is. */}
      <innovasjon-modell
        lang="nb"
        theme="light"
        selected={selected}
        content={content}
        oninnovasjon-open={onOpen}
        oninnovasjon-close={onClose}
      />
      <h2>Hendelser</h2>
      <ol id="event-log" aria-live="polite">
        {log.map((entry, index) => (
          <li key={index}>{entry}</li>
        ))}
      </ol>
    </main>
  );
}
