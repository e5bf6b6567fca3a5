package org.tracebackgraph.phone;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Normalises phone numbers to E.164 with Google's libphonenumber. Numbers without a
 * country code are read as North American, since tracebacks concern calls to US
 * subscribers.
 *
 * <p>
 * A number that could exist but is not assigned in any numbering plan is kept and marked
 * {@code valid = false}: spoofed caller IDs often look like that, and they are evidence.
 * Only strings that cannot be a phone number at all are rejected.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final String DEFAULT_REGION = "US";

	private static final int MAX_INPUT_LENGTH = 40;

	private PhoneNumbers() {
	}

	/**
	 * A normalised number.
	 *
	 * @param e164 the number in E.164, e.g. {@code +12125550100}
	 * @param valid whether it is assigned in its country's numbering plan
	 * @param region the ISO country code of its numbering plan, if known
	 */
	public record Normalized(String e164, boolean valid, String region) {

	}

	/**
	 * Normalises a number written in any common form.
	 * @param raw the number as written, e.g. {@code (212) 555-0100} or
	 * {@code +1 212 555 0100}
	 * @return the normalised number, or empty if the text cannot be a phone number
	 */
	public static Optional<Normalized> normalize(String raw) {
		if (raw == null || raw.isBlank() || raw.length() > MAX_INPUT_LENGTH) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(raw.strip(), DEFAULT_REGION);
			if (!UTIL.isPossibleNumber(number)) {
				return Optional.empty();
			}
			String region = UTIL.getRegionCodeForNumber(number);
			return Optional.of(new Normalized(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164),
					UTIL.isValidNumber(number), region));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
