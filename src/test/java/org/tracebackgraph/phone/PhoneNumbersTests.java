package org.tracebackgraph.phone;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracebackgraph.phone.PhoneNumbers.Normalized;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			(212) 884-5448     | +12128845448 | true  | US
			212.884.5448       | +12128845448 | true  | US
			+1 212 884 5448    | +12128845448 | true  | US
			1-212-884-5448     | +12128845448 | true  | US
			+44 20 7946 0958   | +442079460958 | true | GB
			+1 212 111 0100    | +12121110100 | false |
			""")
	void commonFormsAreNormalisedToE164(String raw, String e164, boolean valid, String region) {
		assertThat(PhoneNumbers.normalize(raw)).contains(new Normalized(e164, valid, region));
	}

	@ParameterizedTest(name = "\"{0}\" is not a phone number")
	@ValueSource(strings = { "", "   ", "abc", "+1 555", "12345678901234567890", "+999 123 456",
			"+1 212 884 5448 +1 212 884 5448 +1 212 884 5448" })
	void textThatCannotBeAPhoneNumberIsRefused(String raw) {
		assertThat(PhoneNumbers.normalize(raw)).isEqualTo(Optional.empty());
	}

}
