#!/usr/bin/env bash
# Writes a synthetic traceback CSV (the import format, one row per hop) to stdout, streaming:
#   bench/generate-hop-csv.sh TRACEBACKS [HOPS_PER_TRACEBACK] > file.csv
# Deterministic; 200 providers, 20 campaigns. Only a load for the importer: the realistic
# generator (issue #4) replaces it.
set -euo pipefail
tracebacks=${1:?number of tracebacks}
hops=${2:-5}
awk -v n="$tracebacks" -v h="$hops" 'BEGIN {
  OFS = ","
  print "traceback_id,source,traceback_notified_at,note,call_id,call_started_at,caller_id,called_number,campaign,call_attestation,recording_url,violations,hop_position,provider_id,provider_name,provider_country,hop_role,hop_notified_at,hop_responded_at,hop_response,hop_attestation"
  srand(42)
  for (t = 1; t <= n; t++) {
    day = 1 + (t % 28); month = 1 + (t % 12)
    date = sprintf("2024-%02d-%02d", month, day)
    caller = sprintf("+1212%07d", (t * 7919) % 10000000)
    called = sprintf("+1312%07d", (t * 104729) % 10000000)
    campaign = "Campaign-" (t % 20)
    for (p = 0; p < h; p++) {
      provider = "provider-" ((t * (p + 3) + p * 37) % 200)
      role = (p == 0) ? "TERMINATING" : (p == h - 1) ? "ORIGINATING" : "INTERMEDIATE"
      response = (p == h - 1) ? "IS_ORIGIN" : "NAMED_UPSTREAM"
      print "GEN-" t, "ITG", date "T12:00:00Z", "", "GEN-C-" t, date "T10:00:00Z", caller, called, campaign, "C", "", "16 C.F.R. § 310.4(b)(1)(v)", p, provider, "Provider " provider, "US", role, date "T12:00:00Z", date "T13:00:00Z", response, "C"
    }
  }
}'
