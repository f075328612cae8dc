package id.kinerja.demo;

import java.util.SplittableRandom;

/** Independent random streams keyed by seed, region, index and purpose, so no stream depends on another. */
final class Streams {

	static final long IDENTITY = 1;

	static final long PLAN = 2;

	private Streams() {
	}

	static SplittableRandom of(long seed, int region, long index, long purpose) {
		long key = mix(seed) ^ mix(region * 0x9E3779B97F4A7C15L + index) ^ mix(purpose * 0xC2B2AE3D27D4EB4FL + 1);
		return new SplittableRandom(mix(key));
	}

	static long purpose(String text) {
		long h = 1125899906842597L;
		for (int i = 0; i < text.length(); i++) {
			h = 31 * h + text.charAt(i);
		}
		return mix(h);
	}

	/** SplitMix64 finaliser. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * A bijection on 22-bit numbers (odd multiplications, xor-shifts and additions are each invertible), so
	 * distinct (region, index) pairs always give distinct NIP birth-date/sequence pairs.
	 */
	static int permute22(int value, long seed) {
		int mask = (1 << 22) - 1;
		int x = (value ^ (int) seed) & mask;
		for (int round = 0; round < 3; round++) {
			x = (x * 0x2C9277B5) & mask;
			x ^= x >>> 11;
			x = (x + (int) (seed >>> (16 * round + 8))) & mask;
		}
		return x;
	}

	static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

}
