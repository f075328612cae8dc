package id.kinerja.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import id.kinerja.evaluation.Evaluations;
import id.kinerja.policy.HostileFiles;
import id.kinerja.policy.Policies;
import id.kinerja.support.AsAdmin;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * An official run of a whole city while hostile drafts are validated without pause, as many at a time as
 * there are sandbox workers and more: the drafts run in the workers, so the run must take at most twice its
 * time alone.
 */
final class HostileLoad {

	static final int ATTACKERS = 3;

	private static final int ROUNDS = 3;

	/** Drafts that pass the guard and run until the engine's limits stop them, and drafts refused at once. */
	private static final List<String> DRAFTS = List.of("endless.drl", "insert-loop.drl", "string-doubling.drl",
			"regex-eval.drl", "cross-join-employees.drl");

	record Times(int employees, double alone, double underAttack, int sent, int answered) {
	}

	static Times measure(BenchDatabase database) {
		return AsAdmin.call("benchmark", () -> measure(database.context));
	}

	private static Times measure(ConfigurableApplicationContext context) {
		Evaluations evaluations = context.getBean(Evaluations.class);
		Policies policies = context.getBean(Policies.class);
		int[] employees = new int[1];
		double[] alone = new double[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			alone[i] = Timing.seconds(() -> employees[0] = evaluations.run(Workload.REGION, null, Workload.PERIOD).employees());
		}
		AtomicBoolean attacking = new AtomicBoolean(true);
		AtomicInteger sent = new AtomicInteger();
		AtomicInteger answered = new AtomicInteger();
		ExecutorService attackers = Executors.newFixedThreadPool(ATTACKERS);
		for (int i = 0; i < ATTACKERS; i++) {
			int first = i;
			attackers.execute(() -> attack(policies, first, attacking, sent, answered));
		}
		double[] under = new double[ROUNDS];
		try {
			sleep(2000);
			for (int i = 0; i < ROUNDS; i++) {
				under[i] = Timing.seconds(() -> evaluations.run(Workload.REGION, null, Workload.PERIOD));
			}
		}
		finally {
			attacking.set(false);
			attackers.shutdown();
			awaitQuietly(attackers);
		}
		return new Times(employees[0], Timing.median(alone), Timing.median(under), sent.get(), answered.get());
	}

	private static void attack(Policies policies, int first, AtomicBoolean attacking, AtomicInteger sent,
			AtomicInteger answered) {
		List<String> drafts = new ArrayList<>(DRAFTS);
		for (int n = first; attacking.get(); n++) {
			String draft = HostileFiles.read(drafts.get(n % drafts.size()));
			sent.incrementAndGet();
			try {
				policies.validate(Workload.REGION, Map.of("policies/" + Workload.REGION + "/uji.drl", draft));
			}
			catch (RuntimeException refused) {
				// a busy sandbox (429) or a stopped draft (422): the attacker simply tries again
			}
			answered.incrementAndGet();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void awaitQuietly(ExecutorService executor) {
		try {
			executor.awaitTermination(2, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
