package org.tracebackgraph.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One filing of the FCC's Robocall Mitigation Database as the export gives it. The
 * contact person's details are not kept: investigators reach them through the filing's
 * page, and the graph should hold no more personal data than it needs.
 *
 * @param rmdNumber e.g. RMD0002564
 * @param frn the FCC Registration Number, 10 digits as text (the export may lose leading
 * zeros)
 * @param businessName the filer's name
 * @param dbaNames other names it does business as
 * @param previousNames names it used before
 * @param otherFrns further FRNs, 10 digits each
 * @param implementation STIR/SHAKEN as filed: Yes (complete), Partial or No; null when
 * blank
 * @param voice declares itself a voice service provider
 * @param gateway declares itself a gateway provider
 * @param intermediate declares itself an intermediate provider
 * @param foreign a foreign voice service provider
 * @param lastUpdated when the filing last changed, if the export says
 * @param url the filing's page on the FCC's site
 */
record Filing(String rmdNumber, String frn, String businessName, List<String> dbaNames, List<String> previousNames,
		List<String> otherFrns, String implementation, boolean voice, boolean gateway, boolean intermediate,
		boolean foreign, LocalDate lastUpdated, String url) {

	/** The row as written to the graph, with a hash of its content to see changes. */
	Map<String, Object> asParameters() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("rmdNumber", this.rmdNumber);
		row.put("frn", this.frn);
		row.put("businessName", this.businessName);
		row.put("dbaNames", this.dbaNames);
		row.put("previousNames", this.previousNames);
		row.put("otherFrns", this.otherFrns);
		row.put("implementation", this.implementation);
		row.put("declaresVoice", this.voice);
		row.put("declaresGateway", this.gateway);
		row.put("declaresIntermediate", this.intermediate);
		row.put("foreign", this.foreign);
		row.put("lastUpdated", this.lastUpdated);
		row.put("url", this.url);
		row.put("searchText", NameKey.searchText(this));
		row.put("contentHash", contentHash(row));
		return row;
	}

	/** Stable across JVMs and record changes: the written values in a fixed order. */
	private static String contentHash(Map<String, Object> row) {
		StringBuilder text = new StringBuilder();
		row.forEach(
				(name, value) -> text.append(name).append('=').append(Objects.toString(value, "")).append('\u001f'));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
