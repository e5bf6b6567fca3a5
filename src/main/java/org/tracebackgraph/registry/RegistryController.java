package org.tracebackgraph.registry;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.tracebackgraph.model.Dates;
import org.tracebackgraph.web.BadParameterException;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.Existence;
import org.tracebackgraph.web.NotFoundException;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;
import org.tracebackgraph.web.RequestPrincipal;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Registry", description = "The FCC's Robocall Mitigation Database: filings, links to providers, flags")
class RegistryController {

	private static final String TEXT_CSV = "text/csv";

	private static final Set<String> FLAGS = ProviderRegistry.FLAG_REASONS.keySet();

	private final RegistryImport registryImport;

	private final RegistryQueries registry;

	private final Existence existence;

	RegistryController(RegistryImport registryImport, RegistryQueries registry, Existence existence) {
		this.registryImport = registryImport;
		this.registry = registry;
		this.existence = existence;
	}

	@PostMapping(path = "/api/imports/rmd", consumes = TEXT_CSV)
	@Operation(summary = "Import the FCC's Robocall Mitigation Database export sent as the body",
			description = "The export as the FCC writes it. Idempotent by RMD number; filings an earlier export"
					+ " listed and this one does not are marked removed as of asOf, never deleted. Providers are"
					+ " matched to the filings afterwards.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))))
	@ApiResponse(responseCode = "200", description = "Written; what happened to the filings and providers")
	@ApiResponse(responseCode = "422", description = "Rows break the rules; nothing written")
	RmdImportSummary importBody(HttpServletRequest request, @Parameter(
			description = "the export's date, for removals (default: the newest last_updated in the file)") @RequestParam(
					required = false) String asOf)
			throws IOException {
		return this.registryImport.importExport(request.getInputStream(), date(asOf));
	}

	@PostMapping(path = "/api/imports/rmd", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import the FCC's Robocall Mitigation Database export uploaded as the part 'file'")
	RmdImportSummary importUpload(
			@Parameter(description = "the RMD export (CSV)") @RequestPart("file") MultipartFile file,
			@Parameter(description = "the export's date, for removals") @RequestParam(required = false) String asOf)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			return this.registryImport.importExport(in, date(asOf));
		}
	}

	@PostMapping("/api/registry/resolve")
	@Operation(summary = "Match every provider without a confirmed filing to the filings again",
			description = "Run after importing tracebacks or letters with new providers; an RMD import does it too.")
	RegistryImport.Resolved resolve() {
		return this.registryImport.resolveAll();
	}

	@GetMapping("/api/filings")
	@Operation(summary = "Registry filings by RMD number, FRN or part of a name (business, DBA or previous)")
	@ApiResponse(responseCode = "200", description = "A page of filings, by business name")
	Page<FilingHit> filings(@Parameter(description = "an RMD number, an FRN or part of a name") @RequestParam String q,
			@ParameterObject Paging paging) {
		if (q.isBlank()) {
			throw new BadParameterException("q", "is required");
		}
		return Page.of(this.registry.filings(q, paging), paging);
	}

	@GetMapping("/api/providers/{providerId}/registry")
	@Operation(summary = "A provider's registry filing(s), candidates and flags")
	@ApiResponse(responseCode = "200", description = "What the registry says of the provider")
	@ApiResponse(responseCode = "404", description = "No such provider")
	ProviderRegistry ofProvider(@Parameter(description = "the provider's id") @PathVariable String providerId) {
		return this.registry.ofProvider(providerId).orElseThrow(() -> NotFoundException.provider(providerId));
	}

	@PutMapping("/api/providers/{providerId}/filing")
	@Operation(summary = "Confirm or reject that a provider is a filing's filer (ANALYST)",
			description = "A confirmed link is the provider's one filing and is kept over later imports; a rejected"
					+ " filing is never proposed for the provider again. Audited.")
	@ApiResponse(responseCode = "200", description = "Decided; the provider's registry as it is now")
	@ApiResponse(responseCode = "404", description = "No such provider or filing")
	ProviderRegistry decide(@Parameter(description = "the provider's id") @PathVariable String providerId,
			@RequestBody FilingDecision decision, HttpServletRequest request) {
		String rmdNumber = (decision.rmdNumber() == null) ? null
				: decision.rmdNumber().strip().toUpperCase(Locale.ROOT);
		if (rmdNumber == null || rmdNumber.isEmpty()) {
			throw new BadParameterException("rmdNumber", "is required");
		}
		String verdict = (decision.decision() == null) ? "" : decision.decision().strip().toUpperCase(Locale.ROOT);
		if (!verdict.equals("CONFIRM") && !verdict.equals("REJECT")) {
			throw new BadParameterException("decision", "must be CONFIRM or REJECT");
		}
		this.existence.requireProvider(providerId);
		if (!this.registry.decide(providerId, rmdNumber, verdict.equals("CONFIRM"),
				RequestPrincipal.of(request).name())) {
			throw new NotFoundException("filing", rmdNumber);
		}
		return this.registry.ofProvider(providerId).orElseThrow(() -> NotFoundException.provider(providerId));
	}

	@GetMapping("/api/registry/flagged")
	@Operation(summary = "Providers on illegal routes with a registry flag, busiest first",
			description = "Flags: NO_FILING, UNRESOLVED, REMOVED_FILING, NO_STIR_SHAKEN, UNDECLARED_GATEWAY (any when"
					+ " not given). Calls counted in the window and campaign.")
	@ApiResponse(responseCode = "200", description = "A page of flagged providers")
	@ApiResponse(responseCode = "400", description = "An unknown flag or a bad parameter")
	Page<FlaggedProvider> flagged(
			@Parameter(description = "one flag, e.g. NO_FILING") @RequestParam(required = false) String flag,
			@Parameter(description = "only calls of this campaign") @RequestParam(required = false) String campaign,
			@ParameterObject DateWindow window, @ParameterObject Paging paging) {
		String checked = (flag == null || flag.isBlank()) ? null : flag.strip().toUpperCase(Locale.ROOT);
		if (checked != null && !FLAGS.contains(checked)) {
			throw new BadParameterException("flag", "must be one of " + FLAGS.stream().sorted().toList());
		}
		return Page.of(this.registry.flagged(checked, campaign, window, paging), paging);
	}

	private static LocalDate date(String asOf) {
		if (asOf == null || asOf.isBlank()) {
			return null;
		}
		try {
			return Dates.parse(asOf);
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("asOf", ex.getMessage());
		}
	}

	/**
	 * @param rmdNumber the filing, e.g. RMD0002564
	 * @param decision CONFIRM or REJECT
	 */
	record FilingDecision(String rmdNumber, String decision) {
	}

}
