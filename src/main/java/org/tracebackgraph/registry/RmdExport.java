package org.tracebackgraph.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tracebackgraph.model.Dates;
import org.tracebackgraph.web.CsvFiles;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;

/**
 * Reads the FCC's Robocall Mitigation Database export as the FCC writes it, checking
 * every row before anything is written. Headers are matched without regard to case,
 * spacing and punctuation ({@code RMD Number}, {@code rmd_number} and {@code number} are
 * one column); columns the app does not keep (the contact person's details, the address)
 * are read past.
 */
final class RmdExport {

	/** Errors listed in one answer at most; the count says how many there were. */
	private static final int MAX_ERRORS = 100;

	private static final Pattern RMD_NUMBER = Pattern.compile("RMD\\d{7}");

	private static final Pattern FRN = Pattern.compile("\\d{1,10}");

	private static final Pattern DIGIT_GROUP = Pattern.compile("\\d[\\d-]{3,}\\d");

	/** The app's column names and the headers (as keys) that mean them. */
	private static final Map<String, String> COLUMNS = new HashMap<>();

	static {
		column("number", "number", "rmdnumber", "rmd", "rmdno");
		column("frn", "frn", "fccregistrationnumber");
		column("business_name", "businessname", "name", "legalname");
		column("foreign_voice_provider", "foreignvoiceprovider", "foreignprovider", "foreign");
		column("other_frns", "otherfrns");
		column("other_dba_names", "otherdbanames", "dbanames", "dba");
		column("previous_dba_names", "previousdbanames", "previousnames");
		column("implementation", "implementation", "stirshakenimplementation");
		column("voice_service_provider_choice", "voiceserviceproviderchoice", "voiceserviceprovider");
		column("gateway_provider_choice", "gatewayproviderchoice", "gatewayprovider");
		column("intermediate_provider_choice", "intermediateproviderchoice", "intermediateprovider");
		column("last_updated", "lastupdated", "lastupdate", "updated");
		column("filing_url", "filingurl", "url");
		for (String other : new String[] { "index", "businessaddress", "country", "robocallmitigationcontactname",
				"contacttitle", "contactdepartment", "contactbusinessaddress", "contactcountry",
				"contacttelephonenumber", "contactphoneextension" }) {
			COLUMNS.put(other, "ignored:" + other);
		}
	}

	private static final Set<String> REQUIRED = Set.of("number", "business_name");

	private RmdExport() {
	}

	private static void column(String name, String... keys) {
		for (String key : keys) {
			COLUMNS.put(key, name);
		}
	}

	private static String canonical(String header) {
		String key = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return COLUMNS.get(key);
	}

	/**
	 * @return the filings, in file order
	 * @throws InvalidInputException listing every bad row and column; nothing is returned
	 * then
	 */
	static List<Filing> read(InputStream in) throws IOException {
		List<Filing> filings = new ArrayList<>();
		List<InputError> errors = new ArrayList<>();
		long[] total = { 0 };
		Map<String, Long> rowOfNumber = new LinkedHashMap<>();
		try (CSVParser parser = CsvFiles.openMatching(in, RmdExport::canonical, REQUIRED, "The RMD export")) {
			Map<String, String> headers = new HashMap<>();
			parser.getHeaderNames().forEach(header -> headers.put(canonical(header), header));
			for (CSVRecord record : parser) {
				long row = record.getRecordNumber() + 1;
				List<InputError> rowErrors = new ArrayList<>();
				CsvFiles.checkFieldCount(record, row, rowErrors::add);
				Filing filing = rowErrors.isEmpty() ? filing(new Cells(record, headers), row, rowErrors::add) : null;
				if (filing != null) {
					Long earlier = rowOfNumber.putIfAbsent(filing.rmdNumber(), row);
					if (earlier != null) {
						rowErrors.add(InputError.atRow(row, "number", "repeats row " + earlier));
					}
				}
				for (InputError error : rowErrors) {
					total[0]++;
					if (errors.size() < MAX_ERRORS) {
						errors.add(error);
					}
				}
				if (rowErrors.isEmpty()) {
					filings.add(filing);
				}
			}
		}
		catch (UncheckedIOException ex) {
			throw CsvFiles.unreadable("The RMD export", filings.size() + 1, ex.getCause());
		}
		if (total[0] > 0) {
			throw new InvalidInputException("The RMD export has " + total[0] + " error" + ((total[0] == 1) ? "" : "s")
					+ "; nothing was written", errors, total[0], false);
		}
		if (filings.isEmpty()) {
			throw InvalidInputException.malformed("The RMD export holds no filing",
					InputError.of("file", "has no rows"));
		}
		return filings;
	}

	private static Filing filing(Cells record, long row, Consumer<InputError> errors) {
		String number = text(record, "number");
		if (number == null) {
			errors.accept(InputError.atRow(row, "number", "is required"));
		}
		else if (!RMD_NUMBER.matcher(number.toUpperCase(Locale.ROOT)).matches()) {
			errors.accept(InputError.atRow(row, "number", "is not an RMD number (RMD and 7 digits, e.g. RMD0002564)"));
		}
		String name = text(record, "business_name");
		if (name == null) {
			errors.accept(InputError.atRow(row, "business_name", "is required"));
		}
		String frn = frn(text(record, "frn"), row, "frn", errors);
		List<String> otherFrns = otherFrns(text(record, "other_frns"));
		String implementation = implementation(text(record, "implementation"), row, errors);
		boolean voice = yesNo(record, "voice_service_provider_choice", row, errors);
		boolean gateway = yesNo(record, "gateway_provider_choice", row, errors);
		boolean intermediate = yesNo(record, "intermediate_provider_choice", row, errors);
		boolean foreign = yesNo(record, "foreign_voice_provider", row, errors);
		LocalDate lastUpdated = null;
		String updated = text(record, "last_updated");
		if (updated != null) {
			try {
				lastUpdated = Dates.parse(updated);
			}
			catch (IllegalArgumentException ex) {
				errors.accept(InputError.atRow(row, "last_updated", ex.getMessage()));
			}
		}
		String url = text(record, "filing_url");
		if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
			errors.accept(InputError.atRow(row, "filing_url", "is not a web address"));
		}
		if (number == null || name == null) {
			return null;
		}
		List<String> names = NameKey.namesIn(name);
		List<String> dba = new ArrayList<>(names.subList(Math.min(1, names.size()), names.size()));
		NameKey.list(text(record, "other_dba_names")).stream().filter(n -> !dba.contains(n)).forEach(dba::add);
		return new Filing(number.toUpperCase(Locale.ROOT), frn, name, List.copyOf(dba),
				NameKey.list(text(record, "previous_dba_names")), List.copyOf(otherFrns), implementation, voice,
				gateway, intermediate, foreign, lastUpdated, url);
	}

	private static String frn(String value, long row, String column, Consumer<InputError> errors) {
		if (value == null || value.equalsIgnoreCase("none")) {
			return null;
		}
		String digits = value.strip();
		if (!FRN.matcher(digits).matches()) {
			errors.accept(InputError.atRow(row, column, "is not an FRN (up to 10 digits)"));
			return null;
		}
		return "0".repeat(10 - digits.length()) + digits;
	}

	/**
	 * Filers write other FRNs as free text ("0004-3210-06 0004-3210-97", "00024842247;
	 * Rock County Broadband Alliance LLC", "none"): the FRNs are the digit groups in it,
	 * hyphens inside a group allowed; the words are not an error.
	 */
	static List<String> otherFrns(String text) {
		if (text == null) {
			return List.of();
		}
		List<String> frns = new ArrayList<>();
		Matcher group = DIGIT_GROUP.matcher(text);
		while (group.find()) {
			String digits = group.group().replace("-", "").replaceFirst("^0+(?=\\d{10}$)", "");
			if (digits.length() <= 10) {
				String frn = "0".repeat(10 - digits.length()) + digits;
				if (!frns.contains(frn)) {
					frns.add(frn);
				}
			}
		}
		return List.copyOf(frns);
	}

	private static String implementation(String value, long row, Consumer<InputError> errors) {
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "yes", "complete", "full" -> "Yes";
			case "partial" -> "Partial";
			case "no", "none" -> "No";
			default -> {
				errors.accept(InputError.atRow(row, "implementation", "is not Yes, Partial or No"));
				yield null;
			}
		};
	}

	private static boolean yesNo(Cells record, String column, long row, Consumer<InputError> errors) {
		String value = text(record, column);
		if (value == null) {
			return false;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true" -> true;
			case "no", "n", "false" -> false;
			default -> {
				errors.accept(InputError.atRow(row, column, "is not Yes or No"));
				yield false;
			}
		};
	}

	private static String text(Cells cells, String column) {
		String header = cells.headers().get(column);
		return (header != null) ? CsvFiles.value(cells.record(), header) : null;
	}

	/** A row's cells, found by the app's column names. */
	private record Cells(CSVRecord record, Map<String, String> headers) {
	}

}
