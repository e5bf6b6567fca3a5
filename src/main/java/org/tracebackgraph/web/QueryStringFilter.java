package org.tracebackgraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that cannot be decoded (a lone {@code %}, {@code %zz}, bytes
 * that are not UTF-8) or that repeats a parameter, with a 400 problem naming the
 * parameter, before anything reads it: the servlet container would otherwise throw from
 * deep inside the first {@code getParameter} and the value, which may be a phone number,
 * would reach the log. Runs after the audit trail, so the refusal is recorded, and before
 * security.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5)
class QueryStringFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<InputError> errors = malformed(request.getQueryString());
		if (!errors.isEmpty()) {
			Problems.write(request, response, Problems.badParameters(
					"The query string cannot be read: use UTF-8 with %XX escapes, each parameter once", errors));
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * @return one error per parameter whose name or value is not valid percent-encoded
	 * UTF-8; the field is the parameter's name when it can be read
	 */
	static List<InputError> malformed(String query) {
		List<InputError> errors = new ArrayList<>();
		if (query == null || query.isEmpty()) {
			return errors;
		}
		Set<String> seen = new HashSet<>();
		for (String pair : query.split("&", -1)) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals >= 0) ? pair.substring(0, equals) : pair;
			String value = (equals >= 0) ? pair.substring(equals + 1) : "";
			String decodedName = decode(name);
			if (decodedName == null) {
				errors.add(InputError.of("query", "a parameter name is not valid percent-encoded UTF-8"));
			}
			else if (decode(value) == null) {
				errors.add(InputError.of(decodedName, "is not valid percent-encoded UTF-8 (a % must start %XX)"));
			}
			else if (!seen.add(decodedName)) {
				// No endpoint takes a list in one parameter: a second value would be
				// joined to the first with a comma, or silently dropped.
				errors.add(InputError.of(decodedName, "is given more than once"));
			}
		}
		return errors;
	}

	/**
	 * @return the decoded text, or {@code null} when it is malformed
	 */
	static String decode(String encoded) {
		if (encoded.indexOf('%') < 0) {
			return encoded;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		int i = 0;
		while (i < encoded.length()) {
			int c = encoded.codePointAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length()) {
					return null;
				}
				int high = Character.digit(encoded.charAt(i + 1), 16);
				int low = Character.digit(encoded.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write((high << 4) | low);
				i += 3;
			}
			else {
				bytes.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
				i += Character.charCount(c);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
