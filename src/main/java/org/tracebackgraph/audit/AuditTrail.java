package org.tracebackgraph.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The audit trail: one JSON line per request (API or web UI page) in daily files that are
 * only ever appended to. Each line is flushed to the operating system before the
 * request's answer completes, so a crashed or killed app loses no entry.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private static final Pattern FILE = Pattern.compile("audit-(\\d{4}-\\d{2}-\\d{2})\\.(\\d{4})\\.jsonl");

	private final Path directory;

	private final long maxFileSize;

	private final JsonMapper json = JsonMapper.builder().build();

	private OutputStream out;

	private LocalDate day;

	private long written;

	AuditTrail(AuditProperties properties) throws IOException {
		this.directory = properties.directory().toAbsolutePath();
		this.maxFileSize = properties.maxFileSize().toBytes();
		Files.createDirectories(this.directory);
	}

	synchronized void append(AuditEntry entry) {
		byte[] line = lineOf(entry);
		LocalDate today = LocalDate.ofInstant(entry.at(), ZoneOffset.UTC);
		try {
			if (this.out == null || !today.equals(this.day) || this.written + line.length > this.maxFileSize) {
				open(today);
			}
			this.out.write(line);
			this.out.flush();
			this.written += line.length;
		}
		catch (IOException ex) {
			// The request has been answered; say loudly that it went unrecorded.
			log.error("Audit trail not written ({}): {}", this.directory, ex.getClass().getSimpleName());
			closeQuietly();
		}
	}

	private byte[] lineOf(AuditEntry entry) {
		byte[] json = this.json.writeValueAsBytes(entry);
		byte[] line = new byte[json.length + 1];
		System.arraycopy(json, 0, line, 0, json.length);
		line[json.length] = '\n';
		return line;
	}

	private void open(LocalDate today) throws IOException {
		closeQuietly();
		int lastPart = filesOf(today).stream().mapToInt(AuditTrail::partOf).max().orElse(1);
		Path file = this.directory.resolve(name(today, lastPart));
		if (Files.exists(file) && Files.size(file) >= this.maxFileSize) {
			lastPart++;
			file = this.directory.resolve(name(today, lastPart));
		}
		this.out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
				StandardOpenOption.WRITE);
		this.day = today;
		this.written = Files.size(file);
	}

	private static String name(LocalDate day, int part) {
		return "audit-%s.%04d.jsonl".formatted(day, part);
	}

	private static int partOf(Path file) {
		Matcher matcher = FILE.matcher(file.getFileName().toString());
		return matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
	}

	private List<Path> filesOf(LocalDate day) throws IOException {
		return files().stream().filter((file) -> file.getFileName().toString().contains("-" + day + ".")).toList();
	}

	/** The audit files, newest first. */
	private List<Path> files() throws IOException {
		try (Stream<Path> listing = Files.list(this.directory)) {
			return listing.filter((file) -> FILE.matcher(file.getFileName().toString()).matches())
				.sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
				.toList();
		}
	}

	/**
	 * Entries that match, newest first. Reads without the writer's lock (the files are
	 * only appended to), so an audit query never holds up the requests being recorded.
	 * @param days the days to look in
	 * @param filter what an entry must match
	 * @param paging the page wanted
	 * @return the page
	 */
	Page<AuditEntry> find(DateWindow days, Predicate<AuditEntry> filter, Paging paging) {
		List<AuditEntry> found = new ArrayList<>();
		long skip = paging.skip();
		try {
			for (Path file : files()) {
				Matcher name = FILE.matcher(file.getFileName().toString());
				name.matches();
				LocalDate fileDay = LocalDate.parse(name.group(1));
				if ((days.from() != null && fileDay.isBefore(days.from()))
						|| (days.to() != null && fileDay.isAfter(days.to()))) {
					continue;
				}
				List<String> lines = Files.readAllLines(file);
				for (int i = lines.size() - 1; i >= 0; i--) {
					if (lines.get(i).isBlank()) {
						continue;
					}
					AuditEntry entry;
					try {
						entry = this.json.readValue(lines.get(i), AuditEntry.class);
					}
					catch (tools.jackson.core.JacksonException ex) {
						if (i == lines.size() - 1) {
							continue; // the line being appended right now
						}
						throw ex;
					}
					if (!filter.test(entry)) {
						continue;
					}
					if (skip > 0) {
						skip--;
						continue;
					}
					found.add(entry);
					if (found.size() == paging.limit()) {
						return Page.of(found, paging);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Audit trail unreadable", ex);
		}
		return Page.of(found, paging);
	}

	@PreDestroy
	synchronized void close() {
		closeQuietly();
	}

	private void closeQuietly() {
		if (this.out != null) {
			try {
				this.out.close();
			}
			catch (IOException ex) {
				log.warn("Audit file not closed cleanly: {}", ex.getClass().getSimpleName());
			}
			this.out = null;
		}
	}

}
