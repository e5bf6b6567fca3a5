package org.tracebackgraph.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.tracebackgraph.web.InputError;

/**
 * A letter's metadata, settled: what the JSON file and the fields beside the chart say
 * together (the two must agree where both speak), with the letter's id made from its
 * issuer, date and recipient when none is given, so that importing the same letter again
 * finds the same id.
 *
 * @param json the JSON metadata (empty when there was none)
 * @param letterId the letter's id
 * @param issuer who sent it, if known
 * @param issuedOn its date, if known (a missing date stays missing)
 * @param kind what kind of letter, if known
 * @param recipientName the recipient's name
 * @param recipientId the recipient's provider id
 * @param recipientCountry the recipient's country, if known
 * @param callWindowFirst the first call date the letter names, if any
 * @param callWindowLast the last call date the letter names, if any
 */
record LetterFacts(LetterMetadata json, String letterId, String issuer, LocalDate issuedOn, String kind,
		String recipientName, String recipientId, String recipientCountry, LocalDate callWindowFirst,
		LocalDate callWindowLast) {

	/** Short codes of the issuers whose letters the project has seen. */
	private static final Map<String, String> ISSUERS = Map.of("federaltradecommission", "FTC",
			"federalcommunicationscommission", "FCC", "ftc", "FTC", "fcc", "FCC");

	/**
	 * @return the settled metadata, or {@code null} when it has errors (added to
	 * {@code errors})
	 */
	static LetterFacts of(LetterMetadata json, LetterMetadata.Fields fields, byte[] chart, ErrorCollector errors) {
		long before = errors.total();
		LetterMetadata.Recipient recipient = json.recipient();
		String letterId = agree("letter_id", json.letterId(), fields.letterId(), errors);
		String issuer = agree("issuer", json.issuer(), fields.issuer(), errors);
		String issuedOnText = agree("issued_on", json.issuedOn(), fields.issuedOn(), errors);
		String kind = agree("kind", json.kind(), fields.kind(), errors);
		String name = agree("recipient.name", (recipient != null) ? recipient.name() : null, fields.recipient(),
				errors);
		String recipientId = agree("recipient.provider_id", (recipient != null) ? recipient.providerId() : null,
				fields.recipientId(), errors);
		if (name == null) {
			errors.add(InputError.of("recipient.name", "is required: the provider the letter is addressed to"));
		}
		LocalDate issuedOn = LetterImport.date(issuedOnText, "issued_on", errors).orElse(null);
		LetterMetadata.CallWindow window = json.callWindow();
		LocalDate first = (window != null) ? LetterImport.date(window.first(), "call_window.first", errors).orElse(null)
				: null;
		LocalDate last = (window != null) ? LetterImport.date(window.last(), "call_window.last", errors).orElse(null)
				: null;
		if (letterId != null && (letterId.length() > TracebackValidator.MAX_ID_LENGTH - 10
				|| letterId.chars().anyMatch(Character::isISOControl))) {
			errors.add(InputError.of("letter_id", "must be at most " + (TracebackValidator.MAX_ID_LENGTH - 10)
					+ " characters, without control characters"));
		}
		if (errors.total() > before) {
			return null;
		}
		String id = (letterId != null) ? letterId : madeId(issuer, issuedOn, name, chart);
		return new LetterFacts(json, id, issuer, issuedOn, kind, name, (recipientId != null) ? recipientId : slug(name),
				(recipient != null) ? recipient.country() : null, first, last);
	}

	/** The one value of a field given in the JSON, beside the chart, or both. */
	private static String agree(String field, String inJson, String beside, ErrorCollector errors) {
		String a = blankToNull(inJson);
		String b = blankToNull(beside);
		if (a != null && b != null && !a.equals(b)) {
			errors.add(InputError.of(field, "the letter's JSON and the fields beside the chart disagree"));
		}
		return (a != null) ? a : b;
	}

	/**
	 * {@code FTC-2023-11-27-BANDWIDTH}: issuer, date and the recipient's first word; an
	 * undated letter is told apart from another undated one by its chart.
	 */
	static String madeId(String issuer, LocalDate issuedOn, String recipient, byte[] chart) {
		String code = "LETTER";
		if (issuer != null) {
			String key = issuer.split(",")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			code = ISSUERS.getOrDefault(key, initials(issuer));
		}
		String word = slug(recipient).split("-")[0].toUpperCase(Locale.ROOT);
		return (issuedOn != null) ? code + "-" + issuedOn + "-" + word
				: code + "-UNDATED-" + word + "-" + fingerprint(chart);
	}

	private static String initials(String issuer) {
		StringBuilder initials = new StringBuilder();
		for (String word : issuer.split(",")[0].split("\\s+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && initials.length() < 8) {
				initials.append(word.charAt(0));
			}
		}
		return (initials.length() > 0) ? initials.toString() : "LETTER";
	}

	private static String fingerprint(byte[] chart) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chart)).substring(0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@Override
	public String toString() {
		return "LetterFacts[" + this.letterId + "]";
	}

}
