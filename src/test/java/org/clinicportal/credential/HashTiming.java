package org.clinicportal.credential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Helps bench/portal-load.sh time the application's own password encoder, built as the app builds
 * it. Warms up once, then answers one command per line read from standard input, so that timings can
 * sit between short load runs: {@code single} prints the time of one hash in milliseconds;
 * {@code parallel SECONDS} prints how many hashes per second one thread per processor manages.
 */
public final class HashTiming {

	/** The password of every benchmark account. */
	public static final String PASSWORD = "benchmark quartz lantern ferry";

	private HashTiming() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		var encoder = encoder();
		String stored = encoder.encode(PASSWORD);
		parallelPerSecond(encoder, stored, 3); // the JIT, and each thread's memory area
		var commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = commands.readLine(); line != null; line = commands.readLine()) {
			String[] command = line.trim().split(" ");
			if (command[0].equals("single")) {
				System.out.printf("%.1f%n", singleMillis(encoder, stored));
			}
			else if (command[0].equals("parallel") && command.length == 2) {
				System.out.printf("%.1f%n", parallelPerSecond(encoder, stored, Integer.parseInt(command[1])));
			}
			else {
				System.out.println("usage: single | parallel SECONDS");
			}
			System.out.flush();
		}
	}

	/**
	 * The app's encoder with the app's settings: its defaults, or the same {@code clinic.password.*}
	 * system properties and environment variables the app reads.
	 */
	public static PasswordEncoder encoder() {
		var properties = Binder.get(new StandardEnvironment()).bindOrCreate("clinic.password", PasswordProperties.class);
		return new PasswordHashingConfiguration().passwordEncoder(properties);
	}

	/** The median of 9 hashes. */
	static double singleMillis(PasswordEncoder encoder, String stored) {
		double[] times = new double[9];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			encoder.matches(PASSWORD, stored);
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[times.length / 2];
	}

	/** Hashes per second on one thread per processor. */
	static double parallelPerSecond(PasswordEncoder encoder, String stored, int seconds) throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		var hashes = new AtomicLong();
		Thread[] threads = new Thread[Runtime.getRuntime().availableProcessors()];
		for (int i = 0; i < threads.length; i++) {
			threads[i] = new Thread(() -> hashes.addAndGet(hashUntil(encoder, stored, end)));
			threads[i].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return hashes.get() / (double) seconds;
	}

	private static long hashUntil(PasswordEncoder encoder, String stored, long deadline) {
		long count = 0;
		while (System.nanoTime() < deadline) {
			if (!encoder.matches(PASSWORD, stored)) {
				throw new IllegalStateException("the encoder refused its own hash");
			}
			count++;
		}
		return count;
	}

}
