package id.kinerja.policy;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/** The sandbox's workers on {@code /actuator/prometheus}: replaced ones (a limit, a crash, worn out) and busy ones. */
@Component
class SandboxMeters implements MeterBinder {

	private final Sandbox sandbox;

	SandboxMeters(Sandbox sandbox) {
		this.sandbox = sandbox;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("kinerja.sandbox.worker.restarts", sandbox, Sandbox::replaced)
			.description("Sandbox workers replaced: killed for a limit, ended, or worn out")
			.register(registry);
		Gauge.builder("kinerja.sandbox.workers.busy", sandbox, s -> s.busyWorkers().size())
			.description("Sandbox workers running a call")
			.register(registry);
	}

}
