package org.tracebackgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.tracebackgraph.ingest.LetterImport.LetterSummary;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;
import org.tracebackgraph.web.PayloadTooLargeException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Ingest")
class LetterController {

	private static final String TEXT_CSV = "text/csv";

	private final LetterImport letterImport;

	private final IngestProperties properties;

	LetterController(LetterImport letterImport, IngestProperties properties) {
		this.letterImport = letterImport;
		this.properties = properties;
	}

	@PostMapping(path = "/api/imports/letters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Import a letter: its Attachment A chart (part 'chart', CSV, as the letter prints it) and"
					+ " its metadata (part 'letter', JSON, and/or the fields below)",
			description = "Only the recipient's name is required. The chart's headers may be the letter's own"
					+ " (Date of ITG Notification, Date of Call, Caller ID, Robocall Campaign Identifier, Link to"
					+ " Robocall Recording, Potential Violation), the app's evidence export or the normalised names;"
					+ " dates as letters print them. Every error of the metadata and the chart comes in one answer;"
					+ " nothing is written unless all is well.")
	@ApiResponse(responseCode = "200", description = "Written; what happened to the chart's tracebacks")
	@ApiResponse(responseCode = "400", description = "The chart cannot be read (wrong columns, not CSV)")
	@ApiResponse(responseCode = "422", description = "Rows or metadata break the rules; nothing written")
	LetterSummary importLetter(@RequestPart("chart") MultipartFile chart,
			@RequestPart(name = "letter", required = false) MultipartFile letter,
			@Parameter(description = "the letter's id (default: issuer, date and recipient, e.g."
					+ " FTC-2023-11-27-BANDWIDTH)") @RequestParam(required = false) String letterId,
			@Parameter(description = "the recipient's name (required unless the JSON gives it)") @RequestParam(
					required = false) String recipient,
			@Parameter(description = "the recipient's provider id (default: made from the name)") @RequestParam(
					required = false) String recipientId,
			@Parameter(description = "who sent it, e.g. Federal Trade Commission") @RequestParam(
					required = false) String issuer,
			@Parameter(description = "its date, e.g. 2023-11-27 or Nov 27, 2023") @RequestParam(
					required = false) String issuedOn,
			@Parameter(description = "e.g. cease-and-desist demand, warning letter, FCC K4 notice") @RequestParam(
					required = false) String kind)
			throws IOException {
		LetterMetadata.Fields fields = new LetterMetadata.Fields(letterId, recipient, recipientId, issuer, issuedOn,
				kind);
		try (InputStream chartCsv = chart.getInputStream();
				InputStream letterJson = (letter != null) ? letter.getInputStream() : null) {
			return this.letterImport.importLetter(letterJson, chartCsv, fields);
		}
	}

	@PostMapping(path = "/api/imports/letters", consumes = TEXT_CSV)
	@Operation(summary = "Import a letter's chart sent as the body, its metadata as query parameters",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))))
	@ApiResponse(responseCode = "200", description = "Written; what happened to the chart's tracebacks")
	@ApiResponse(responseCode = "422", description = "Rows or metadata break the rules; nothing written")
	LetterSummary importLetterChart(HttpServletRequest request,
			@Parameter(description = "the letter's id (default: issuer, date and recipient, e.g."
					+ " FTC-2023-11-27-BANDWIDTH)") @RequestParam(required = false) String letterId,
			@Parameter(description = "the recipient's name (required unless the JSON gives it)") @RequestParam(
					required = false) String recipient,
			@Parameter(description = "the recipient's provider id (default: made from the name)") @RequestParam(
					required = false) String recipientId,
			@Parameter(description = "who sent it, e.g. Federal Trade Commission") @RequestParam(
					required = false) String issuer,
			@Parameter(description = "its date, e.g. 2023-11-27 or Nov 27, 2023") @RequestParam(
					required = false) String issuedOn,
			@Parameter(description = "e.g. cease-and-desist demand, warning letter, FCC K4 notice") @RequestParam(
					required = false) String kind)
			throws IOException {
		LetterMetadata.Fields fields = new LetterMetadata.Fields(letterId, recipient, recipientId, issuer, issuedOn,
				kind);
		long max = this.properties.maxUploadSize().toBytes();
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		if (body.length > max) {
			throw new PayloadTooLargeException(this.properties.maxUploadSize(),
					"import big files with the command line");
		}
		if (body.length == 0) {
			throw InvalidInputException.malformed("The chart is empty", InputError.of("body", "is empty"));
		}
		return this.letterImport.importLetter(null, new ByteArrayInputStream(body), fields);
	}

}
