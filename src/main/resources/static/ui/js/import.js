// Uploads with progress, then the summary or the errors row by row.
import { apiHeaders, h, fill, table, ready } from './app.js';

const progress = document.getElementById('progress');
const progressText = document.getElementById('progress-text');
let timer = null;

function request(kind, form) {
  if (kind === 'tracebacks') {
    const file = form.file.files[0];
    if (file.name.toLowerCase().endsWith('.json') || file.type === 'application/json') {
      return { url: '/api/tracebacks', body: file, type: 'application/json' };
    }
    const data = new FormData();
    data.append('file', file, file.name);
    return { url: '/api/imports/tracebacks', body: data };
  }
  if (kind === 'letter') {
    const data = new FormData();
    data.append('letter', form.letter.files[0], form.letter.files[0].name);
    data.append('chart', form.chart.files[0], form.chart.files[0].name);
    return { url: '/api/imports/letters', body: data };
  }
  const data = new FormData();
  data.append('file', form.file.files[0], form.file.files[0].name);
  return { url: '/api/imports/rmd', body: data };
}

function showResult(status, json) {
  clearInterval(timer);
  const result = document.getElementById('result');
  if (status >= 200 && status < 300) {
    progressText.textContent = 'Done.';
    fill(result, h('h3', { id: 'result-title' }, 'Imported'),
      table('What the import did', ['', ''], Object.entries(json || {}).filter(([, v]) => typeof v !== 'object')
        .map(([k, v]) => [k, String(v)])));
    return;
  }
  progressText.textContent = 'Refused.';
  const problem = json || {};
  const errors = problem.errors || [];
  fill(result, h('h3', { id: 'result-title', class: 'problem' }, (problem.title || 'HTTP ' + status) + ': nothing was written'),
    h('p', { id: 'result-detail' }, status === 404 ? 'This import is not available on this server.' : (problem.detail || '')),
    errors.length ? table('The errors, row by row', ['Row', 'Field', 'What is wrong'],
      errors.map((e) => [e.row ?? (e.index !== undefined ? 'item ' + e.index : '—'), e.field || '—', e.reason || '—']),
      { numeric: [0] }) : '',
    problem.errorsTruncated ? h('p', {}, 'Only the first errors are listed.') : '');
}

function upload(kind, form) {
  const { url, body, type } = request(kind, form);
  const xhr = new XMLHttpRequest();
  xhr.open('POST', url);
  for (const [name, value] of Object.entries(apiHeaders('POST'))) xhr.setRequestHeader(name, value);
  if (type) xhr.setRequestHeader('Content-Type', type);
  progress.value = 0;
  progressText.textContent = 'Uploading…';
  fill('result');
  delete document.body.dataset.ready;
  xhr.upload.addEventListener('progress', (event) => {
    if (event.lengthComputable) {
      progress.value = Math.round(event.loaded / event.total * 100);
      progressText.textContent = 'Uploading… ' + progress.value + ' %';
    }
  });
  xhr.upload.addEventListener('load', () => {
    progress.value = 100;
    const started = Date.now();
    progressText.textContent = 'Uploaded; checking and writing on the server…';
    timer = setInterval(() => {
      progressText.textContent = 'Uploaded; checking and writing on the server… ' + Math.round((Date.now() - started) / 1000) + ' s';
    }, 1000);
  });
  xhr.addEventListener('load', () => {
    if (xhr.status === 401) {
      window.location.assign('/login?expired');
      return;
    }
    let json = null;
    try { json = JSON.parse(xhr.responseText); } catch { json = null; }
    showResult(xhr.status, json);
    ready();
  });
  xhr.addEventListener('error', () => {
    clearInterval(timer);
    progressText.textContent = 'The upload failed (network).';
    ready('error');
  });
  xhr.send(body);
}

for (const form of document.querySelectorAll('form.upload')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    upload(form.dataset.kind, form);
  });
}
ready();
