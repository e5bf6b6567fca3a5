package org.tracebackgraph.generator;

import java.util.SplittableRandom;

/**
 * North American numbers that look real: assigned area codes, an exchange that is not 555
 * or N11, and any line number.
 */
final class SyntheticNumbers {

	private static final int[] AREA_CODES = { 201, 202, 203, 205, 206, 207, 210, 212, 213, 214, 215, 216, 217, 301, 302,
			303, 304, 305, 310, 312, 313, 314, 315, 402, 404, 405, 407, 408, 410, 412, 414, 415, 469, 480, 503, 504,
			512, 513, 602, 603, 614, 615, 617, 619, 646, 702, 703, 704, 713, 714, 718, 720, 786, 801, 805, 813, 818,
			832, 904, 917, 919, 954, 972 };

	private SyntheticNumbers() {
	}

	static String nanp(SplittableRandom random) {
		int area = AREA_CODES[random.nextInt(AREA_CODES.length)];
		int exchange;
		do {
			exchange = 200 + random.nextInt(800);
		}
		while (exchange == 555 || exchange % 100 == 11);
		return String.format("+1%d%03d%04d", area, exchange, random.nextInt(10_000));
	}

}
