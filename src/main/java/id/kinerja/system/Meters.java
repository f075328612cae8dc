package id.kinerja.system;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The app's own metrics, on {@code /actuator/prometheus} as {@code kinerja_*}. Employees evaluated are a
 * counter: its rate is employees per second. Sandbox worker restarts are counted by the sandbox's own
 * {@code SandboxMeters}.
 */
@Component
public class Meters {

	private final MeterRegistry registry;

	private final Counter employees;

	private final Timer partitions;

	private final Counter validationsRefused;

	public Meters(MeterRegistry registry) {
		this.registry = registry;
		this.employees = Counter.builder("kinerja.employees.evaluated")
			.description("Employees evaluated by official runs")
			.register(registry);
		this.partitions = Timer.builder("kinerja.run.partitions")
			.description("Partitions of official runs written, and how long each took")
			.register(registry);
		this.validationsRefused = Counter.builder("kinerja.validations.refused")
			.description("Policy drafts refused by validation (validated or published)")
			.register(registry);
	}

	/** An official run ended: {@code done} or {@code failed}. */
	public void runEnded(String outcome) {
		registry.counter("kinerja.runs", "outcome", outcome).increment();
	}

	/** One partition of an official run written, with the employees it evaluated. */
	public void partitionWritten(int employeesEvaluated, Duration took) {
		partitions.record(took);
		employees.increment(employeesEvaluated);
	}

	/** A what-if ended: {@code done} or {@code failed}. */
	public void whatIfEnded(String outcome, Duration took) {
		Timer.builder("kinerja.whatifs").tag("outcome", outcome).register(registry).record(took);
	}

	public void validationRefused() {
		validationsRefused.increment();
	}

	/** A sign-in refused for its password or token ({@code reason}: the Spring Security event). */
	public void signInFailed(String reason) {
		registry.counter("kinerja.sign-in.failures", "reason", reason).increment();
	}

	/** An import ended: its kind and outcome ({@code applied}, {@code checked} in a dry run, {@code rejected}). */
	public void imported(String kind, String outcome) {
		registry.counter("kinerja.imports", "kind", kind, "outcome", outcome).increment();
	}

}
