package id.kinerja.policy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static id.kinerja.policy.PolicyCompilerTests.employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drafts run in worker processes with limits of their own: a worker past its time, processor time or memory
 * is killed and replaced, the call answers with the limit and the rule that ran, and the next call works.
 * Each test uses real worker JVMs.
 */
class SandboxTests {

	/** Firings without a cap and a session without a deadline: only the sandbox's limits stop these rules. */
	private static final EngineSettings UNBOUNDED = new EngineSettings(200, Integer.MAX_VALUE / 1000,
			Duration.ofMinutes(10));

	private static final String CASES = "kasus; harapan_predikat\nsatu pegawai; \n";

	@Test
	void aWorkerPastItsTimeLimitIsKilledNamingTheRuleAndTheNextCallWorks() {
		// long enough for the draft's compile and case tables on a busy machine, which the limit bounds too
		Sandbox sandbox = sandbox(settings(512, Duration.ofSeconds(10), Duration.ofMinutes(1), 1));
		try (DraftPolicy draft = prepare(sandbox, "endless.drl")) {
			assertThatThrownBy(() -> draft.policy().evaluate(null, List.of(employee())))
				.isInstanceOfSatisfying(SandboxLimit.class, limit -> {
					assertThat(limit.getBody().getProperties()).containsEntry("limit", "time");
					assertThat(limit.getBody().getProperties().get("rule")).asString().contains("Skor naik terus");
				});
		}
		assertThat(validate(sandbox, national()).valid()).isTrue();
		assertThat(sandbox.replaced()).isEqualTo(1);
		sandbox.destroy();
	}

	@Test
	void aWorkerPastItsProcessorTimeIsKilled() {
		Sandbox sandbox = sandbox(settings(512, Duration.ofMinutes(1), Duration.ofSeconds(4), 1));
		try (DraftPolicy draft = prepare(sandbox, "endless.drl")) {
			assertThatThrownBy(() -> draft.policy().evaluate(null, List.of(employee())))
				.isInstanceOfSatisfying(SandboxLimit.class,
						limit -> assertThat(limit.getBody().getProperties()).containsEntry("limit", "cpu"));
		}
		assertThat(validate(sandbox, national()).valid()).isTrue();
		sandbox.destroy();
	}

	@Test
	void aWorkerOutOfMemoryEndsAndIsReplacedWhileTheAppKeepsItsHeap() {
		Sandbox sandbox = sandbox(settings(160, Duration.ofMinutes(2), Duration.ofMinutes(2), 1));
		long appHeap = liveHeap();
		try (DraftPolicy draft = prepare(sandbox, "insert-loop.drl")) {
			assertThatThrownBy(() -> draft.policy().evaluate(null, List.of(employee())))
				.isInstanceOfSatisfying(SandboxLimit.class,
						limit -> assertThat(limit.getBody().getProperties()).containsEntry("limit", "memory"));
		}
		assertThat(liveHeap()).as("the app's heap in use").isLessThan(appHeap + (64L << 20));
		assertThat(validate(sandbox, national()).valid()).isTrue();
		sandbox.destroy();
	}

	@Test
	void aWorkerKilledInTheMiddleOfAValidationIsReplacedAndTheNextValidationWorks() throws Exception {
		Sandbox sandbox = sandbox(settings(512, Duration.ofMinutes(1), Duration.ofMinutes(1), 1));
		List<PolicyFile> files = new ArrayList<>(national());
		files.add(PolicyFile.at("policies/uji/uji.drl", HostileFiles.read("endless.drl")));
		files.add(PolicyFile.at("policies/uji/uji.cases.csv", CASES));
		CompletableFuture<Validation> running = CompletableFuture.supplyAsync(() -> validate(sandbox, files));
		long pid = busyWorker(sandbox);

		ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);

		assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(SandboxStopped.class);
		assertThat(validate(sandbox, national()).valid()).isTrue();
		assertThat(sandbox.workers()).doesNotContain(pid);
		sandbox.destroy();
	}

	@Test
	void callsBeyondTheWorkersAndTheQueueAreRefusedWithRetryAfter() throws Exception {
		Sandbox sandbox = new Sandbox(new SandboxSettings(1, 512, Duration.ofSeconds(20), Duration.ofSeconds(20), 0,
				200, false, true, 256), UNBOUNDED, Path.of("."));
		try (DraftPolicy draft = prepare(sandbox, "endless.drl")) {
			assertThatThrownBy(() -> validate(sandbox, national())).isInstanceOfSatisfying(SandboxBusy.class,
					busy -> assertThat(busy.getHeaders().getFirst("Retry-After")).isNotBlank());
		}
		assertThat(validate(sandbox, national()).valid()).isTrue();
		sandbox.destroy();
	}

	private static long busyWorker(Sandbox sandbox) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			if (sandbox.busyWorkers().size() == 1) {
				// a moment into the call: the worker reads the draft and starts on it
				Thread.sleep(1500);
				return sandbox.busyWorkers().get(0);
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("no worker became busy");
	}

	/** The app's heap in use after a full collection (the committed size follows the collector's whims). */
	private static long liveHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static SandboxSettings settings(int heap, Duration time, Duration cpu, int workers) {
		return new SandboxSettings(workers, heap, time, cpu, 8, 200, false, true, 256);
	}

	private static Sandbox sandbox(SandboxSettings settings) {
		return new Sandbox(settings, UNBOUNDED, Path.of("."));
	}

	private static Validation validate(Sandbox sandbox, List<PolicyFile> files) {
		return sandbox.validate("uji", files);
	}

	/** A region "uji" whose own file is a hostile one, compiled in a worker for a what-if. */
	private static DraftPolicy prepare(Sandbox sandbox, String hostile) {
		List<PolicyFile> files = new ArrayList<>(national());
		files.add(PolicyFile.at("policies/uji/uji.drl", HostileFiles.read(hostile)));
		DraftLease lease = sandbox.prepare("uji", files);
		assertThat(lease.validation().problems()).isEmpty();
		return new DraftPolicy(lease.policy("uji", files, UNBOUNDED), lease.validation(), lease);
	}

	private static List<PolicyFile> national() {
		return new PolicySources(Path.of(".")).read(null);
	}

}
