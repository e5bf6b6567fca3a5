// The start page: what is loaded, the newest letters, the latest risk report's top providers.
import { api, apiOrNull, h, fill, table, status, problemText, ready, providerLink, num } from './app.js';

const LABELS = [['tracebacks', 'Tracebacks'], ['calls', 'Calls'], ['hops', 'Hops'], ['providers', 'Providers'],
  ['campaigns', 'Campaigns'], ['phoneNumbers', 'Phone numbers'], ['letters', 'Letters'],
  ['filings', 'Registry filings'], ['riskReports', 'Risk reports']];

async function start() {
  if (document.getElementById('content').dataset.canRead !== 'true') {
    ready();
    return;
  }
  try {
    const [overview, report] = await Promise.all([api('/api/overview'), apiOrNull('/api/risk/reports/latest?limit=10')]);
    fill('counts', LABELS.flatMap(([key, label]) => [h('dt', {}, label), h('dd', { id: 'count-' + key }, num(overview.counts[key]))]));
    fill('letters', table('The newest letters', ['Date', 'From', 'Kind', 'To', 'Tracebacks cited'],
      overview.recentLetters.map((l) => [l.issuedOn || '—', l.issuer || '—', l.kind || '—',
        l.recipients.length ? l.recipients.map((r, i) => [i ? ', ' : '', providerLink(r.providerId, r.name)]) : '—',
        num(l.tracebacks)]), { numeric: [4], empty: 'No letter is loaded.' }));
    fill('risk', report ? table('Top providers of the report of ' + (report.referenceDate || report.reportId),
      ['Rank', 'Provider', 'Score', 'Change'],
      (report.scores || []).map((s) => [s.rank, providerLink(s.providerId, s.name), s.score.toFixed(2),
        s.isNew ? 'new' : (s.change === null || s.change === undefined ? '—' : (s.change > 0 ? '+' : '') + s.change.toFixed(2))]),
      { numeric: [0, 2, 3] }) : h('p', { class: 'empty' }, 'No risk report has been run yet.'));
    ready();
  } catch (error) {
    status(problemText(error), 'problem');
    ready('error');
  }
}

start();
