package id.kinerja.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.BenchmarkAccess;
import id.kinerja.policy.Policies;
import id.kinerja.policy.Validation;

import org.springframework.util.FileSystemUtils;

/**
 * What a policy officer waits for: validating a draft of a region file (parse, safety checks, compile with
 * the layers under it, policy checks, the case tables) and publishing it (the same, plus writing the file
 * and swapping the region's policy in). On a copy of the folders, so the repository stays as it is.
 */
final class AuthoringTimes {

	private static final int WARM_ROUNDS = 3;

	record AuthoringTime(String region, double firstValidate, double warmValidate, double warmPublish) {
	}

	static List<AuthoringTime> measure(Path root) {
		Path copy = copy(root);
		try {
			Policies policies = BenchmarkAccess.policies(copy);
			List<AuthoringTime> times = new ArrayList<>();
			for (String region : CompileTimes.REGIONS) {
				String path = "policies/" + region + "/" + region + ".drl";
				String content = read(copy.resolve(path));
				double first = Timing.seconds(() -> require(policies.validate(region, Map.of(path, content + "\n// draf\n"))));
				double[] validate = new double[WARM_ROUNDS];
				double[] publish = new double[WARM_ROUNDS];
				for (int i = 0; i < WARM_ROUNDS; i++) {
					String draft = content + "\n// draf " + i + "\n";
					validate[i] = Timing.seconds(() -> require(policies.validate(region, Map.of(path, draft))));
					publish[i] = Timing.seconds(() -> BenchmarkAccess.publish(policies, region, Map.of(path, draft)));
				}
				times.add(new AuthoringTime(region, first, Timing.median(validate), Timing.median(publish)));
			}
			return times;
		}
		finally {
			FileSystemUtils.deleteRecursively(copy.toFile());
		}
	}

	private static void require(Validation validation) {
		if (!validation.valid()) {
			throw new IllegalStateException("the benchmark's draft does not validate: " + validation);
		}
	}

	private static Path copy(Path root) {
		try {
			Path copy = Files.createTempDirectory("kinerja-authoring");
			FileSystemUtils.copyRecursively(root.resolve("rules"), copy.resolve("rules"));
			FileSystemUtils.copyRecursively(root.resolve("policies"), copy.resolve("policies"));
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
