package org.tracebackgraph.web;

import java.util.List;

import org.slf4j.Logger;
import org.tracebackgraph.neo4j.GraphUnavailableException;
import org.tracebackgraph.neo4j.QueryTimedOutException;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become RFC 9457 problem details (built by
 * {@link Problems}). Messages never carry stack traces or phone numbers, and neither does
 * the log above DEBUG.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage()));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		ProblemDetail problem = ex.malformed()
				? Problems.of(HttpStatus.BAD_REQUEST, "malformed-input", "Malformed input", ex.getMessage(),
						ex.errors())
				: Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input", ex.getMessage(),
						ex.errors());
		problem.setProperty("totalErrors", ex.totalErrors());
		return respond(problem);
	}

	@ExceptionHandler(BadParameterException.class)
	ResponseEntity<ProblemDetail> badParameter(BadParameterException ex) {
		return respond(Problems.badParameters(ex.getMessage(), List.of(InputError.of(ex.parameter(), ex.reason()))));
	}

	@ExceptionHandler(UnknownParametersException.class)
	ResponseEntity<ProblemDetail> unknownParameters(UnknownParametersException ex) {
		return respond(Problems.badParameters(ex.getMessage(), ex.errors()));
	}

	@ExceptionHandler(GraphUnavailableException.class)
	ResponseEntity<ProblemDetail> graphUnavailable(GraphUnavailableException ex) {
		log.warn("Neo4j unavailable: {}", ex.getCause().getClass().getSimpleName());
		return unavailable("database-unavailable", "Database unavailable",
				"The database is unavailable; try again shortly", "5");
	}

	@ExceptionHandler(QueryTimedOutException.class)
	ResponseEntity<ProblemDetail> queryTimedOut(QueryTimedOutException ex) {
		log.warn("Query ended at the configured timeout");
		return unavailable("query-timeout", "Query timed out",
				"The query took longer than the server allows (traceback.limits.query-timeout);"
						+ " narrow it with filters or a smaller depth",
				null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> parameterTypeMismatch(MethodArgumentTypeMismatchException ex) {
		return respond(Problems.badParameters("Parameter '" + ex.getName() + "' has the wrong type",
				List.of(InputError.of(ex.getName(), "wrong type"))));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		return respond(Problems.of(HttpStatus.CONFLICT, ex.type(), ex.title(), ex.getMessage()));
	}

	@ExceptionHandler(OperationFailedException.class)
	ResponseEntity<ProblemDetail> operationFailed(OperationFailedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ex.type(), ex.title(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		return respond(problem);
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLargeException ex) {
		return respond(tooLarge(ex));
	}

	private static ProblemDetail tooLarge(PayloadTooLargeException ex) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request body too large", ex.getMessage(),
				List.of(InputError.of("body", "larger than " + ex.limit().toMegabytes() + " MB; " + ex.hint())));
	}

	/**
	 * The problem as the answer, always as {@code application/problem+json}: an error of
	 * a CSV or HTML endpoint (or to a client that accepts only those) is still a problem
	 * detail, never a 406.
	 */
	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpHeaders withType = new HttpHeaders();
		withType.putAll(headers);
		if (body instanceof ProblemDetail) {
			withType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		return new ResponseEntity<>(body, withType, statusCode);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		PayloadTooLargeException tooLarge = causeOfType(ex, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return respond(tooLarge(tooLarge));
		}
		GraphUnavailableException unavailable = causeOfType(ex, GraphUnavailableException.class);
		if (unavailable != null) {
			return graphUnavailable(unavailable);
		}
		QueryTimedOutException timedOut = causeOfType(ex, QueryTimedOutException.class);
		if (timedOut != null) {
			return queryTimedOut(timedOut);
		}
		// The class and where it was thrown, not the message or the stack: either may
		// hold request values (phone numbers). The whole trace is at DEBUG.
		log.error("Unexpected error: {} at {}", ex.getClass().getName(), origin(ex));
		log.debug("Unexpected error", ex);
		return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Unexpected error; it has been logged"));
	}

	/** The first frame in the app's own code, else the first frame. */
	private static String origin(Throwable ex) {
		StackTraceElement[] frames = ex.getStackTrace();
		for (StackTraceElement frame : frames) {
			if (frame.getClassName().startsWith("org.tracebackgraph.")) {
				return frame.toString();
			}
		}
		return (frames.length > 0) ? frames[0].toString() : "unknown";
	}

	private static ResponseEntity<ProblemDetail> unavailable(String type, String title, String detail,
			String retryAfter) {
		var response = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (retryAfter != null) {
			response.header(HttpHeaders.RETRY_AFTER, retryAfter);
		}
		return response.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, type, title, detail));
	}

	private static <T extends Throwable> T causeOfType(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		PayloadTooLargeException tooLarge = causeOfType(ex, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return handleExceptionInternal(ex, tooLarge(tooLarge), headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		InputError error = (ex.getCause() instanceof JacksonException jackson) ? JsonErrors.describe(jackson)
				: InputError.of("body", "missing or unreadable request body");
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-input", "Malformed input",
				"The request body could not be read", List.of(error));
		problem.setProperty("totalErrors", 1);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

}
