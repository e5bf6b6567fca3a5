package org.tracebackgraph.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.tracebackgraph.web.BadParameterException;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the audit trail (ADMIN only). There is deliberately no endpoint that changes it.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Tag(name = "Audit", description = "Who asked what, when (ADMIN only)")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/audit")
	@Operation(summary = "API requests, newest first: who asked what, when, and what they got")
	Page<AuditEntry> audit(@Parameter(description = "user or API key name") @RequestParam(required = false) String user,
			@ParameterObject DateWindow days,
			@Parameter(description = "path starts with, e.g. /api/numbers/") @RequestParam(
					required = false) String path,
			@Parameter(description = "HTTP status, e.g. 403") @RequestParam(required = false) Integer status,
			@ParameterObject Paging paging) {
		if (status != null && (status < 100 || status > 599)) {
			throw new BadParameterException("status", "must be an HTTP status between 100 and 599");
		}
		Predicate<AuditEntry> filter = (entry) -> (user == null || user.equals(entry.user()))
				&& (path == null || entry.path().startsWith(path)) && (status == null || status == entry.status())
				&& within(entry.at(), days);
		return this.trail.find(days, filter, paging);
	}

	private static boolean within(Instant at, DateWindow days) {
		LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
		return (days.from() == null || !day.isBefore(days.from())) && (days.to() == null || !day.isAfter(days.to()));
	}

}
