// Lists the element's events on the page. A module file rather than an inline script, so the
// page also works where the Content-Security-Policy allows scripts from 'self' only.
const model = document.getElementById('modell');
const log = document.getElementById('event-log');

const describe = {
  'innovasjon-open': (detail) => detail.id,
  'innovasjon-close': (detail) => detail.id,
  'innovasjon-film-start': (detail) => `${detail.title} (${detail.kind})`,
};

for (const [type, text] of Object.entries(describe)) {
  model.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type}: ${text(event.detail)}`;
    log.append(item);
  });
}
