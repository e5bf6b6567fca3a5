package org.tracebackgraph.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.tracebackgraph.ingest.Traceback.Moment;
import org.tracebackgraph.ingest.TracebackRequest.CallRequest;
import org.tracebackgraph.ingest.TracebackRequest.HopRequest;
import org.tracebackgraph.model.Attestation;
import org.tracebackgraph.model.Dates;
import org.tracebackgraph.model.ChainAnalysis;
import org.tracebackgraph.model.HopResponse;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.phone.PhoneNumbers;

import org.springframework.stereotype.Component;

/**
 * Checks one traceback request and turns it into a normalised {@link Traceback}, or
 * reports every error it finds. Reasons never repeat the rejected value: it may be a
 * phone number.
 */
@Component
class TracebackValidator {

	static final int MAX_ID_LENGTH = 200;

	static final int MAX_TEXT_LENGTH = 1000;

	static final int MAX_URL_LENGTH = 2000;

	static final int MAX_HOPS = 50;

	static final int MAX_POSITION = 99;

	static final int MAX_VIOLATIONS = 50;

	private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final Clock clock;

	TracebackValidator(Clock clock) {
		this.clock = clock;
	}

	Optional<Traceback> validate(TracebackRequest request, Locator at, ErrorCollector errors) {
		long before = errors.total();
		String tracebackId = id(request.tracebackId(), Field.TRACEBACK_ID, at, errors);
		String source = Optional.ofNullable(text(request.source(), Field.SOURCE, MAX_ID_LENGTH, at, errors))
			.orElse("ITG");
		Moment notified = moment(request.notifiedAt(), Field.NOTIFIED_AT, null, at, errors);
		String note = text(request.note(), Field.NOTE, MAX_TEXT_LENGTH, at, errors);
		Traceback.Call call = call(request.call(), at, errors);
		if (call != null && call.started() != null && notified != null && call.started().on().isAfter(notified.on())) {
			errors.add(at.error(Field.CALL_STARTED_AT, null, "the call is dated after the traceback's notification"));
		}
		List<Traceback.Hop> hops = hops(request.hops(), at, errors);
		if (errors.total() > before) {
			return Optional.empty();
		}
		ChainAnalysis analysis = ChainAnalysis.of(hops.stream()
			.map(hop -> new ChainAnalysis.HopFacts(hop.position(), hop.provider().id(), hop.provider().foreign(),
					hop.role(), hop.response()))
			.toList());
		return Optional.of(new Traceback(tracebackId, source, notified, call, hops, note, analysis.status()));
	}

	private Traceback.Call call(CallRequest call, Locator at, ErrorCollector errors) {
		if (call == null) {
			errors.add(at.error(Field.CALL, null, "is required"));
			return null;
		}
		String callId = id(call.callId(), Field.CALL_ID, at, errors);
		Moment started = moment(call.startedAt(), Field.CALL_STARTED_AT, null, at, errors);
		PhoneNumbers.Normalized callerId = phone(call.callerId(), Field.CALLER_ID, at, errors);
		PhoneNumbers.Normalized calledNumber = phone(call.calledNumber(), Field.CALLED_NUMBER, at, errors);
		String campaign = text(call.campaign(), Field.CAMPAIGN, MAX_ID_LENGTH, at, errors);
		Attestation attestation = enumValue(Attestation.class, call.attestation(), Field.CALL_ATTESTATION, null, at,
				errors);
		String recordingUrl = url(call.recordingUrl(), at, errors);
		List<String> violations = violations(call.violations(), at, errors);
		return new Traceback.Call(callId, started, callerId, calledNumber, campaign, attestation, recordingUrl,
				violations);
	}

	private List<Traceback.Hop> hops(List<HopRequest> hops, Locator at, ErrorCollector errors) {
		if (hops == null || hops.isEmpty()) {
			errors.add(at.error(Field.HOPS, null, "at least one hop is required"));
			return List.of();
		}
		if (hops.size() > MAX_HOPS) {
			errors.add(at.error(Field.HOPS, null, "at most " + MAX_HOPS + " hops are allowed"));
			return List.of();
		}
		List<Traceback.Hop> result = new ArrayList<>();
		Set<Integer> positions = new HashSet<>();
		for (int i = 0; i < hops.size(); i++) {
			HopRequest hop = hops.get(i);
			if (hop == null) {
				errors.add(at.error(Field.HOP_PROVIDER, i, "hop is empty"));
				continue;
			}
			Integer position = hop.position();
			if (position != null && (position < 0 || position > MAX_POSITION)) {
				errors.add(at.error(Field.HOP_POSITION, i, "must be between 0 and " + MAX_POSITION));
			}
			else if (position != null && !positions.add(position)) {
				errors.add(at.error(Field.HOP_POSITION, i, "duplicate position " + position));
			}
			Traceback.Provider provider = provider(hop.provider(), i, at, errors);
			HopRole role = Optional.ofNullable(enumValue(HopRole.class, hop.role(), Field.HOP_ROLE, i, at, errors))
				.orElse(HopRole.UNKNOWN);
			if (role == HopRole.TERMINATING && position != null && position != 0) {
				errors.add(at.error(Field.HOP_ROLE, i, "TERMINATING is only possible at position 0"));
			}
			Moment notified = moment(hop.notifiedAt(), Field.HOP_NOTIFIED_AT, i, at, errors);
			Moment responded = moment(hop.respondedAt(), Field.HOP_RESPONDED_AT, i, at, errors);
			if (notified != null && responded != null && before(responded, notified)) {
				errors.add(at.error(Field.HOP_RESPONDED_AT, i, "is before the hop's notification"));
			}
			HopResponse response = enumValue(HopResponse.class, hop.response(), Field.HOP_RESPONSE, i, at, errors);
			if (response == HopResponse.NO_RESPONSE && responded != null) {
				errors.add(at.error(Field.HOP_RESPONDED_AT, i, "is set, but the response is NO_RESPONSE"));
			}
			Attestation attestation = enumValue(Attestation.class, hop.attestation(), Field.HOP_ATTESTATION, i, at,
					errors);
			result.add(new Traceback.Hop(position, provider, role, notified, responded, response, attestation));
		}
		// One canonical order, so the same traceback hashes the same whatever order it
		// came in.
		result.sort(Comparator.comparing(Traceback.Hop::position, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(hop -> String.valueOf(hop.provider().id())));
		return result;
	}

	private static boolean before(Moment a, Moment b) {
		if (a.at() != null && b.at() != null) {
			return a.at().isBefore(b.at());
		}
		return a.on().isBefore(b.on());
	}

	private Traceback.Provider provider(TracebackRequest.ProviderRequest provider, int hop, Locator at,
			ErrorCollector errors) {
		if (provider == null) {
			errors.add(at.error(Field.HOP_PROVIDER, hop, "is required"));
			return new Traceback.Provider(null, null, null);
		}
		String id = idAt(provider.id(), Field.PROVIDER_ID, hop, at, errors);
		String name = textAt(provider.name(), Field.PROVIDER_NAME, hop, MAX_ID_LENGTH, at, errors);
		String country = blankToNull(provider.country());
		if (country != null) {
			country = country.toUpperCase(Locale.ROOT);
			if (!COUNTRIES.contains(country)) {
				errors.add(at.error(Field.PROVIDER_COUNTRY, hop, "must be an ISO 3166 two-letter country code"));
			}
		}
		return new Traceback.Provider(id, name, country);
	}

	private String id(String value, Field field, Locator at, ErrorCollector errors) {
		return idAt(value, field, null, at, errors);
	}

	private String idAt(String value, Field field, Integer hop, Locator at, ErrorCollector errors) {
		String id = blankToNull(value);
		if (id == null) {
			errors.add(at.error(field, hop, "is required"));
			return null;
		}
		if (id.length() > MAX_ID_LENGTH) {
			errors.add(at.error(field, hop, "is longer than " + MAX_ID_LENGTH + " characters"));
		}
		else if (hasControlCharacters(id)) {
			errors.add(at.error(field, hop, "contains control characters"));
		}
		return id;
	}

	private String text(String value, Field field, int maxLength, Locator at, ErrorCollector errors) {
		return textAt(value, field, null, maxLength, at, errors);
	}

	private String textAt(String value, Field field, Integer hop, int maxLength, Locator at, ErrorCollector errors) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		if (text.length() > maxLength) {
			errors.add(at.error(field, hop, "is longer than " + maxLength + " characters"));
		}
		else if (hasControlCharacters(text)) {
			errors.add(at.error(field, hop, "contains control characters"));
		}
		return text;
	}

	private PhoneNumbers.Normalized phone(String value, Field field, Locator at, ErrorCollector errors) {
		if (blankToNull(value) == null) {
			return null;
		}
		Optional<PhoneNumbers.Normalized> number = PhoneNumbers.normalize(value);
		if (number.isEmpty()) {
			errors.add(at.error(field, null, "is not a phone number"));
			return null;
		}
		return number.get();
	}

	private String url(String value, Locator at, ErrorCollector errors) {
		String url = textAt(value, Field.RECORDING_URL, null, MAX_URL_LENGTH, at, errors);
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			if (uri.getHost() == null
					|| !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
				errors.add(at.error(Field.RECORDING_URL, null, "must be an http or https URL"));
			}
		}
		catch (URISyntaxException ex) {
			errors.add(at.error(Field.RECORDING_URL, null, "is not a valid URL"));
		}
		return url;
	}

	private List<String> violations(List<String> values, Locator at, ErrorCollector errors) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > MAX_VIOLATIONS) {
			errors.add(at.error(Field.VIOLATIONS, null, "at most " + MAX_VIOLATIONS + " violations are allowed"));
			return List.of();
		}
		List<String> result = new ArrayList<>();
		for (String value : values) {
			String violation = text(value, Field.VIOLATIONS, MAX_TEXT_LENGTH, at, errors);
			if (violation != null && !result.contains(violation)) {
				result.add(violation);
			}
		}
		return List.copyOf(result);
	}

	private <E extends Enum<E>> E enumValue(Class<E> type, String value, Field field, Integer hop, Locator at,
			ErrorCollector errors) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(at.error(field, hop, "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
			return null;
		}
	}

	/**
	 * Reads an ISO date-time with offset or a date as letters print it
	 * ({@link Moment#parse}).
	 */
	private Moment moment(String value, Field field, Integer hop, Locator at, ErrorCollector errors) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		Moment moment;
		try {
			moment = Moment.parse(text);
		}
		catch (Dates.InvalidDateException ex) {
			errors.add(at.error(field, hop, ex.reason()));
			return null;
		}
		if (moment.on().isBefore(EARLIEST)) {
			errors.add(at.error(field, hop, "is before " + EARLIEST));
			return null;
		}
		if (moment.on().isAfter(LocalDate.now(this.clock).plusDays(1))) {
			errors.add(at.error(field, hop, "is in the future"));
			return null;
		}
		return moment;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static boolean hasControlCharacters(String text) {
		return text.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
	}

}
