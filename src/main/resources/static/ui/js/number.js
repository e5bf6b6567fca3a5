// A phone number: the calls that showed it, their campaigns and providers, related caller IDs.
import { api, h, fill, facts, table, status, problemText, ready, pages, link, providerLink, campaignLink, numberLink,
  num, words, enc } from './app.js';

const e164 = document.getElementById('content').dataset.e164;

async function start() {
  try {
    const n = await api('/api/numbers/' + enc(e164) + '?size=50');
    fill('title', 'Number ' + n.e164);
    facts('summary', [['Number', n.e164], ['Valid in its numbering plan', n.valid === null || n.valid === undefined ? '—' : (n.valid ? 'yes' : 'no (often spoofed)')],
      ['Region', n.region || '—'], ['Traced calls that showed it', num(n.totalCalls)]]);
    fill('calls', table('Calls, newest first', ['Call', 'Date', 'Campaign', 'Tracebacks'],
      n.calls.items.map((c) => [link(pages.call(c.callId), c.callId), c.startedOn || '—', campaignLink(c.campaign),
        (c.tracebacks || []).map((t, i) => [i ? ', ' : '', link(pages.traceback(t.tracebackId), t.tracebackId), ' (' + words(t.status) + ')'])])));
    fill('campaigns', table('Campaigns', ['Campaign', 'Calls'], n.campaigns.map((c) => [campaignLink(c.campaign), num(c.calls)]), { numeric: [1] }));
    fill('providers', table('Providers', ['Provider', 'Roles', 'Calls'],
      n.providers.map((p) => [providerLink(p.providerId, p.name), (p.roles || []).map(words).join(', '), num(p.calls)]), { numeric: [2] }));
    fill('related', table('Caller IDs sharing campaigns or originators', ['Caller ID', 'Shared campaigns', 'Shared originators'],
      n.relatedCallerIds.map((r) => [numberLink(r.callerId), (r.sharedCampaigns || []).join(', ') || '—', (r.sharedOriginators || []).join(', ') || '—'])));
    status('');
    ready();
  } catch (error) {
    status(error.status === 404 ? 'This number is on no traced call.' : problemText(error), 'problem');
    ready('error');
  }
}

start();
