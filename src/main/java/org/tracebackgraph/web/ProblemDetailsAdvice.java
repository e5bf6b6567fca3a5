package org.tracebackgraph.web;

import java.net.URI;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become RFC 9457 problem details. Messages never carry
 * stack traces or phone numbers.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final String TYPE_BASE = "https://traceback-graph.org/problems/";

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		problem.setType(URI.create(TYPE_BASE + "not-found"));
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		HttpStatus status = ex.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(ex.malformed() ? "Malformed input" : "Invalid input");
		problem.setType(URI.create(TYPE_BASE + (ex.malformed() ? "malformed-input" : "invalid-input")));
		problem.setProperty("errors", ex.errors());
		problem.setProperty("totalErrors", ex.totalErrors());
		return problem;
	}

	@ExceptionHandler(BadParameterException.class)
	ProblemDetail badParameter(BadParameterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad parameter");
		problem.setType(URI.create(TYPE_BASE + "bad-parameter"));
		problem.setProperty("errors", java.util.List.of(InputError.of(ex.parameter(), ex.reason())));
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail parameterTypeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + ex.getName() + "' has the wrong type");
		problem.setTitle("Bad parameter");
		problem.setType(URI.create(TYPE_BASE + "bad-parameter"));
		problem.setProperty("errors", java.util.List.of(InputError.of(ex.getName(), "wrong type")));
		return problem;
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ProblemDetail payloadTooLarge(PayloadTooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
		problem.setTitle("Request body too large");
		problem.setType(URI.create(TYPE_BASE + "too-large"));
		problem.setProperty("errors", java.util.List
			.of(InputError.of("body", "larger than " + ex.limit().toMegabytes() + " MB; " + ex.hint())));
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		PayloadTooLargeException tooLarge = causeOfType(ex, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(payloadTooLarge(tooLarge));
		}
		if (causedBy(ex, ServiceUnavailableException.class, SessionExpiredException.class)
				|| ex instanceof DataAccessResourceFailureException) {
			log.warn("Neo4j unavailable: {}", ex.getClass().getSimpleName());
			return unavailable("database-unavailable", "Database unavailable",
					"The database is unavailable; try again shortly", "5");
		}
		if (timedOut(ex)) {
			log.warn("Query ended at the configured timeout");
			return unavailable("query-timeout", "Query timed out",
					"The query took longer than the server allows (traceback.limits.query-timeout);"
							+ " narrow it with filters or a smaller depth",
					null);
		}
		log.error("Unexpected error", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Unexpected error; it has been logged");
		problem.setTitle("Internal error");
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
	}

	private static ResponseEntity<ProblemDetail> unavailable(String type, String title, String detail,
			String retryAfter) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setTitle(title);
		problem.setType(URI.create(TYPE_BASE + type));
		var response = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE);
		if (retryAfter != null) {
			response.header(HttpHeaders.RETRY_AFTER, retryAfter);
		}
		return response.body(problem);
	}

	@SafeVarargs
	private static boolean causedBy(Throwable ex, Class<? extends Throwable>... types) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			for (Class<? extends Throwable> type : types) {
				if (type.isInstance(cause)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Neo4j ended the transaction at its timeout
	 * (Neo.ClientError.Transaction.TransactionTimedOut…).
	 */
	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().contains("TransactionTimedOut")) {
				return true;
			}
		}
		return false;
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
			return handleExceptionInternal(ex, payloadTooLarge(tooLarge), headers, HttpStatus.CONTENT_TOO_LARGE,
					request);
		}
		InputError error = (ex.getCause() instanceof JacksonException jackson) ? JsonErrors.describe(jackson)
				: InputError.of("body", "missing or unreadable request body");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body could not be read");
		problem.setTitle("Malformed input");
		problem.setType(URI.create(TYPE_BASE + "malformed-input"));
		problem.setProperty("errors", java.util.List.of(error));
		problem.setProperty("totalErrors", 1);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

}
