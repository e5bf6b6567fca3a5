package org.tracebackgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;
import org.tracebackgraph.web.PayloadTooLargeException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Ingest")
class ImportController {

	private static final String TEXT_CSV = "text/csv";

	private final TracebackCsvImport csvImport;

	private final IngestProperties properties;

	ImportController(TracebackCsvImport csvImport, IngestProperties properties) {
		this.csvImport = csvImport;
		this.properties = properties;
	}

	@PostMapping(path = "/api/imports/tracebacks", consumes = TEXT_CSV)
	@Operation(summary = "Import a traceback CSV file (one row per hop) sent as the request body",
			description = "The whole file is validated before anything is written; a file with errors writes nothing."
					+ " Columns are documented in the README.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))))
	@ApiResponse(responseCode = "422", description = "Invalid rows; nothing written",
			content = @Content(mediaType = "application/problem+json"))
	ImportSummary importCsvBody(HttpServletRequest request) throws IOException {
		return withSpooledFile(request.getInputStream(), this.csvImport::importFile);
	}

	@PostMapping(path = "/api/imports/tracebacks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a traceback CSV file uploaded as the multipart part 'file'")
	ImportSummary importCsvUpload(@Parameter(description = "The CSV file") @RequestPart("file") MultipartFile file)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			return withSpooledFile(in, this.csvImport::importFile);
		}
	}

	/**
	 * The CSV import reads a file, so the upload goes to a temporary file first, within
	 * the size cap.
	 */
	private <T> T withSpooledFile(InputStream in, java.util.function.Function<Path, T> work) throws IOException {
		Path file = Files.createTempFile("traceback-import-", ".csv");
		try {
			long max = this.properties.maxUploadSize().toBytes();
			long copied = 0;
			try (OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[1 << 16];
				int read;
				while ((read = in.read(buffer)) != -1) {
					copied += read;
					if (copied > max) {
						throw new PayloadTooLargeException(this.properties.maxUploadSize(),
								"import big files with the command line");
					}
					out.write(buffer, 0, read);
				}
			}
			if (copied == 0) {
				throw InvalidInputException.malformed("The CSV body is empty", InputError.of("body", "is empty"));
			}
			return work.apply(file);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
