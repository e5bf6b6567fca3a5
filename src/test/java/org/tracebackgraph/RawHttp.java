package org.tracebackgraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request line exactly as written, which {@link java.net.URI} and every HTTP
 * client refuse to do for malformed escapes such as {@code ?role=%zz}: the cases a
 * servlet container must turn into a clean 400.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * One answer.
	 *
	 * @param status the status code
	 * @param headers the headers, names in lower case (the last of repeated ones)
	 * @param body the body as text
	 */
	public record Response(int status, Map<String, String> headers, String body) {

		public String contentType() {
			return this.headers.getOrDefault("content-type", "");
		}

	}

	/**
	 * @param port the app's port on 127.0.0.1
	 * @param target the request target, sent as is, e.g. {@code /api/campaigns?page=%}
	 * @param apiKey sent in {@code X-API-Key}
	 */
	public static Response get(int port, String target, String apiKey) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-API-Key: " + apiKey
					+ "\r\nAccept: */*\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return parse(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Response parse(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		int headerEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
		String head = new String(all, 0, (headerEnd >= 0) ? headerEnd : all.length, StandardCharsets.ISO_8859_1);
		byte[] body = (headerEnd >= 0) ? Arrays.copyOfRange(all, headerEnd + 4, all.length) : new byte[0];
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
		}
		boolean chunked = headers.getOrDefault("transfer-encoding", "").contains("chunked");
		return new Response(status, headers, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
		int at = 0;
		while (at < body.length) {
			int lineEnd = indexOf(body, crlf, at);
			if (lineEnd < 0) {
				break;
			}
			String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
			int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine, 16);
			if (size == 0) {
				break;
			}
			out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
			at = lineEnd + 2 + size + 2;
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		for (int i = from; i + pattern.length <= data.length; i++) {
			if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
				return i;
			}
		}
		return -1;
	}

}
