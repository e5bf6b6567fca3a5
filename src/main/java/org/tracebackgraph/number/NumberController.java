package org.tracebackgraph.number;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.tracebackgraph.phone.PhoneNumbers;
import org.tracebackgraph.web.BadParameterException;
import org.tracebackgraph.web.NotFoundException;
import org.tracebackgraph.web.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Numbers", description = "Caller IDs and what hangs together with them")
class NumberController {

	private final NumberQueries numbers;

	NumberController(NumberQueries numbers) {
		this.numbers = numbers;
	}

	@GetMapping("/api/numbers/{e164}")
	@Operation(
			summary = "A caller ID: its calls, campaigns, the providers on their routes, and caller IDs"
					+ " that share campaigns or originators with it",
			description = "Any common form of the number is accepted: +12128845448, (212) 884-5448, 212.884.5448.")
	@ApiResponse(responseCode = "400", description = "Not a phone number")
	@ApiResponse(responseCode = "404", description = "No traced call used this number")
	NumberReport number(@Parameter(description = "The number, in any common form") @PathVariable String e164,
			@ParameterObject Paging paging) {
		String normalized = PhoneNumbers.normalize(e164)
			.map(PhoneNumbers.Normalized::e164)
			.orElseThrow(() -> new BadParameterException("e164", "is not a phone number"));
		return this.numbers.report(normalized, paging)
			.orElseThrow(() -> new NotFoundException("phone number", masked(normalized)));
	}

	/** Only the last four digits, so a 404 does not echo a subscriber's number. */
	private static String masked(String e164) {
		return "…" + e164.substring(Math.max(0, e164.length() - 4));
	}

}
