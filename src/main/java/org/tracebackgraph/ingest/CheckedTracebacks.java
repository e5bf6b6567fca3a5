package org.tracebackgraph.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.tracebackgraph.ingest.Traceback.Moment;
import org.tracebackgraph.model.Attestation;
import org.tracebackgraph.model.HopResponse;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.model.TracebackStatus;
import org.tracebackgraph.phone.PhoneNumbers;

/**
 * The validated, normalised tracebacks of a checked CSV file, kept in a temporary file in
 * a compact binary form until they are written. Writing them then needs no second parse
 * and validation of the CSV (libphonenumber alone took about 30 % of the import's CPU),
 * while a file with any error still writes nothing: nothing is written before the whole
 * file has been checked. Closing deletes the temporary file.
 */
final class CheckedTracebacks implements AutoCloseable {

	private static final Attestation[] ATTESTATIONS = Attestation.values();

	private static final HopRole[] ROLES = HopRole.values();

	private static final HopResponse[] RESPONSES = HopResponse.values();

	private static final TracebackStatus[] STATUSES = TracebackStatus.values();

	private final Path file;

	private final DataOutputStream out;

	private long tracebacks;

	private long hops;

	private long checkMillis;

	private CheckedTracebacks(Path file) throws IOException {
		this.file = file;
		this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
	}

	static CheckedTracebacks create() {
		try {
			return new CheckedTracebacks(Files.createTempFile("traceback-checked-", ".bin"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary file for the checked tracebacks", ex);
		}
	}

	void add(Traceback traceback) {
		try {
			write(this.out, traceback);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the checked tracebacks' temporary file", ex);
		}
		this.tracebacks++;
		this.hops += traceback.hops().size();
	}

	/** Ends the check: no traceback may be added after this. */
	CheckedTracebacks finish(long millis) {
		this.checkMillis = millis;
		try {
			this.out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the checked tracebacks' temporary file", ex);
		}
		return this;
	}

	long tracebacks() {
		return this.tracebacks;
	}

	long hops() {
		return this.hops;
	}

	/** How long reading and validating the file took. */
	long checkMillis() {
		return this.checkMillis;
	}

	/**
	 * Reads the tracebacks back in the order they were added, in batches of at most
	 * {@code batchSize}.
	 * @return how many batches there were
	 */
	long forEachBatch(int batchSize, Consumer<List<Traceback>> onBatch) {
		long batches = 0;
		try (DataInputStream in = new DataInputStream(
				new BufferedInputStream(Files.newInputStream(this.file), 1 << 16))) {
			List<Traceback> batch = new ArrayList<>(batchSize);
			for (long i = 0; i < this.tracebacks; i++) {
				batch.add(readTraceback(in));
				if (batch.size() == batchSize) {
					onBatch.accept(batch);
					batches++;
					batch = new ArrayList<>(batchSize);
				}
			}
			if (!batch.isEmpty()) {
				onBatch.accept(batch);
				batches++;
			}
		}
		catch (EOFException ex) {
			throw new IllegalStateException("The checked tracebacks' temporary file was cut short", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the checked tracebacks' temporary file", ex);
		}
		return batches;
	}

	@Override
	public void close() {
		try {
			this.out.close();
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + this.file, ex);
		}
	}

	static void write(DataOutputStream out, Traceback traceback) throws IOException {
		out.writeUTF(traceback.tracebackId());
		out.writeUTF(traceback.source());
		writeMoment(out, traceback.notified());
		writeText(out, traceback.note());
		out.writeByte(traceback.status().ordinal());
		Traceback.Call call = traceback.call();
		out.writeUTF(call.callId());
		writeMoment(out, call.started());
		writeNumber(out, call.callerId());
		writeNumber(out, call.calledNumber());
		writeText(out, call.campaign());
		writeEnum(out, call.attestation());
		writeText(out, call.recordingUrl());
		out.writeShort((call.violations() != null) ? call.violations().size() : -1);
		if (call.violations() != null) {
			for (String violation : call.violations()) {
				out.writeUTF(violation);
			}
		}
		out.writeShort(traceback.hops().size());
		for (Traceback.Hop hop : traceback.hops()) {
			out.writeByte((hop.position() != null) ? hop.position() : -1);
			writeText(out, hop.provider().id());
			writeText(out, hop.provider().name());
			writeText(out, hop.provider().country());
			out.writeByte(hop.role().ordinal());
			writeMoment(out, hop.notified());
			writeMoment(out, hop.responded());
			writeEnum(out, hop.response());
			writeEnum(out, hop.attestation());
		}
	}

	static Traceback readTraceback(DataInputStream in) throws IOException {
		String tracebackId = in.readUTF();
		String source = in.readUTF();
		Moment notified = readMoment(in);
		String note = readText(in);
		TracebackStatus status = STATUSES[in.readByte()];
		String callId = in.readUTF();
		Moment started = readMoment(in);
		PhoneNumbers.Normalized callerId = readNumber(in);
		PhoneNumbers.Normalized calledNumber = readNumber(in);
		String campaign = readText(in);
		Attestation callAttestation = readEnum(in, ATTESTATIONS);
		String recordingUrl = readText(in);
		int violationCount = in.readShort();
		List<String> violations = null;
		if (violationCount >= 0) {
			violations = new ArrayList<>(violationCount);
			for (int i = 0; i < violationCount; i++) {
				violations.add(in.readUTF());
			}
		}
		int hopCount = in.readShort();
		List<Traceback.Hop> hops = new ArrayList<>(hopCount);
		for (int i = 0; i < hopCount; i++) {
			int position = in.readByte();
			Traceback.Provider provider = new Traceback.Provider(readText(in), readText(in), readText(in));
			HopRole role = ROLES[in.readByte()];
			hops.add(new Traceback.Hop((position >= 0) ? position : null, provider, role, readMoment(in),
					readMoment(in), readEnum(in, RESPONSES), readEnum(in, ATTESTATIONS)));
		}
		Traceback.Call call = new Traceback.Call(callId, started, callerId, calledNumber, campaign, callAttestation,
				recordingUrl, violations);
		return new Traceback(tracebackId, source, notified, call, hops, note, status);
	}

	private static void writeText(DataOutputStream out, String text) throws IOException {
		out.writeBoolean(text != null);
		if (text != null) {
			out.writeUTF(text);
		}
	}

	private static String readText(DataInputStream in) throws IOException {
		return in.readBoolean() ? in.readUTF() : null;
	}

	private static void writeEnum(DataOutputStream out, Enum<?> value) throws IOException {
		out.writeByte((value != null) ? value.ordinal() : -1);
	}

	private static <E extends Enum<E>> E readEnum(DataInputStream in, E[] values) throws IOException {
		int ordinal = in.readByte();
		return (ordinal >= 0) ? values[ordinal] : null;
	}

	/** 0: none; 1: a date only; 2: an instant (UTC) and its date. */
	private static void writeMoment(DataOutputStream out, Moment moment) throws IOException {
		if (moment == null) {
			out.writeByte(0);
			return;
		}
		out.writeByte((moment.at() != null) ? 2 : 1);
		out.writeLong(moment.on().toEpochDay());
		if (moment.at() != null) {
			out.writeLong(moment.at().toEpochSecond());
			out.writeInt(moment.at().getNano());
		}
	}

	private static Moment readMoment(DataInputStream in) throws IOException {
		int kind = in.readByte();
		if (kind == 0) {
			return null;
		}
		LocalDate on = LocalDate.ofEpochDay(in.readLong());
		OffsetDateTime at = null;
		if (kind == 2) {
			at = OffsetDateTime.ofInstant(Instant.ofEpochSecond(in.readLong(), in.readInt()), ZoneOffset.UTC);
		}
		return new Moment(at, on);
	}

	private static void writeNumber(DataOutputStream out, PhoneNumbers.Normalized number) throws IOException {
		out.writeBoolean(number != null);
		if (number != null) {
			out.writeUTF(number.e164());
			out.writeBoolean(number.valid());
			writeText(out, number.region());
		}
	}

	private static PhoneNumbers.Normalized readNumber(DataInputStream in) throws IOException {
		return in.readBoolean() ? new PhoneNumbers.Normalized(in.readUTF(), in.readBoolean(), readText(in)) : null;
	}

}
