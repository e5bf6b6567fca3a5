// Pages the app already renders as HTML (the risk report, the evidence chart), shown inside
// the UI's frame. The frame grows to the page's height, so the page scrolls as one.
import { api, status, problemText, ready } from './app.js';

const main = document.getElementById('content');
const frame = document.getElementById('frame');

function show(src) {
  frame.addEventListener('load', () => {
    const document_ = frame.contentDocument;
    if (document_) frame.style.height = (document_.documentElement.scrollHeight + 20) + 'px';
    ready();
  }, { once: true });
  frame.src = src;
}

function windowed(src) {
  const form = document.getElementById('window');
  if (!form) return src;
  const query = new URLSearchParams();
  if (form.from.value) query.set('from', form.from.value);
  if (form.to.value) query.set('to', form.to.value);
  return query.size ? src + '?' + query : src;
}

async function start() {
  try {
    await api(main.dataset.check);
    status('');
    show(windowed(main.dataset.src));
  } catch (error) {
    status(error.status === 404 ? (main.dataset.providerId ? 'No such provider.' : 'No risk report has been run yet.')
      : problemText(error), error.status === 404 ? '' : 'problem');
    ready(error.status === 404 ? 'empty' : 'error');
  }
}

const form = document.getElementById('window');
if (form) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const src = windowed(main.dataset.src);
    document.getElementById('alone').href = src;
    const csv = document.getElementById('csv');
    csv.href = src.replace('/evidence.html', '/evidence.csv');
    delete document.body.dataset.ready;
    show(src);
  });
}

const run = document.getElementById('run');
if (run && main.dataset.run) {
  run.addEventListener('click', async () => {
    run.disabled = true;
    status('Running the risk report… (this scores every provider)');
    try {
      await api(main.dataset.run, { method: 'POST' });
      status('Done.');
      delete document.body.dataset.ready;
      show(main.dataset.src + '?t=' + Date.now());
    } catch (error) {
      status(problemText(error), 'problem');
    } finally {
      run.disabled = false;
    }
  });
}

start();
