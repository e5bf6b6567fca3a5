// Load generator for bench/load.sh: concurrent readers against a running Traceback Graph,
// and a check that every imported traceback is readable. Runs as a single-file program:
//   java bench/load/LoadTest.java read   BASE_URL KEY_FILE IDS_FILE THREADS SECONDS
//   java bench/load/LoadTest.java verify BASE_URL KEY_FILE IDS_FILE THREADS
// Only loopback targets are accepted: this is a test of our own server.
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

public class LoadTest {

	private static final String[] RANKINGS = { "/api/providers/ranking?role=ORIGINATING&size=20",
			"/api/providers/ranking?role=GATEWAY&size=20", "/api/providers/ranking?size=20" };

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		URI base = URI.create(args[1]);
		if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
			throw new IllegalArgumentException("only loopback targets");
		}
		String key = Files.readString(Path.of(args[2])).strip();
		List<String> ids = Files.readAllLines(Path.of(args[3])).stream().filter(s -> !s.isBlank()).toList();
		int threads = Integer.parseInt(args[4]);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		if (mode.equals("read")) {
			read(client, base, key, ids, threads, Duration.ofSeconds(Long.parseLong(args[5])));
		}
		else {
			verify(client, base, key, ids, threads);
		}
	}

	private static int get(HttpClient client, URI base, String key, String path) {
		try {
			HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
				.header("X-API-Key", key)
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build();
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception ex) {
			return -1;
		}
	}

	private static String encoded(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static void read(HttpClient client, URI base, String key, List<String> callIds, int threads, Duration duration)
			throws InterruptedException {
		Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
		Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
		long end = System.nanoTime() + duration.toNanos();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			workers.add(Thread.ofPlatform().start(() -> {
				List<Long> route = new ArrayList<>();
				List<Long> ranking = new ArrayList<>();
				ThreadLocalRandom random = ThreadLocalRandom.current();
				while (System.nanoTime() < end) {
					boolean isRoute = random.nextInt(10) < 8;
					String path = isRoute ? "/api/calls/" + encoded(callIds.get(random.nextInt(callIds.size()))) + "/route"
							: RANKINGS[random.nextInt(RANKINGS.length)];
					long started = System.nanoTime();
					int status = get(client, base, key, path);
					long micros = (System.nanoTime() - started) / 1000;
					String endpoint = isRoute ? "route" : "ranking";
					if (status != 200) {
						errors.computeIfAbsent(endpoint + " " + status, k -> new AtomicInteger()).incrementAndGet();
					}
					(isRoute ? route : ranking).add(micros);
				}
				latencies.computeIfAbsent("route", k -> java.util.Collections.synchronizedList(new ArrayList<>()))
					.addAll(route);
				latencies.computeIfAbsent("ranking", k -> java.util.Collections.synchronizedList(new ArrayList<>()))
					.addAll(ranking);
			}));
		}
		for (Thread worker : workers) {
			worker.join();
		}
		long total = 0;
		System.out.printf("| endpoint | requests | per second | p50 ms | p99 ms | max ms |%n|---|---|---|---|---|---|%n");
		for (var entry : new TreeMap<>(latencies).entrySet()) {
			long[] sorted = entry.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
			total += sorted.length;
			System.out.printf("| %s | %d | %.0f | %.1f | %.1f | %.1f |%n", entry.getKey(), sorted.length,
					sorted.length / (double) duration.toSeconds(), percentile(sorted, 0.50) / 1000.0,
					percentile(sorted, 0.99) / 1000.0, sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
		}
		int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
		System.out.printf("%nreaders=%d seconds=%d requests=%d throughput=%.0f/s errors=%d %s%n", threads,
				duration.toSeconds(), total, total / (double) duration.toSeconds(), errorCount, errors);
		if (errorCount > 0) {
			System.exit(1);
		}
	}

	static void verify(HttpClient client, URI base, String key, List<String> tracebackIds, int threads)
			throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicLong missing = new AtomicLong();
		List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			workers.add(Thread.ofPlatform().start(() -> {
				int i;
				while ((i = next.getAndIncrement()) < tracebackIds.size()) {
					String id = tracebackIds.get(i);
					int status = get(client, base, key, "/api/tracebacks/" + encoded(id));
					if (status != 200) {
						missing.incrementAndGet();
						if (examples.size() < 5) {
							examples.add(id + " -> " + status);
						}
					}
				}
			}));
		}
		for (Thread worker : workers) {
			worker.join();
		}
		System.out.printf("verified=%d missing=%d %s%n", tracebackIds.size(), missing.get(), examples);
		if (missing.get() > 0) {
			System.exit(1);
		}
	}

	private static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
	}

}
