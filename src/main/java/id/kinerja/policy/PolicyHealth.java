package id.kinerja.policy;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Shows each region's policy version, or its problems (file, line, message) where it does not compile.
 * A broken region degrades the application without taking the other regions down.
 */
@Component("policyHealthIndicator")
class PolicyHealth implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "A region's policy does not compile");

	private final Policies policies;

	PolicyHealth(Policies policies) {
		this.policies = policies;
	}

	@Override
	public Health health() {
		Health.Builder builder = policies.allHealthy() ? Health.up() : Health.status(DEGRADED);
		return builder.withDetails(policies.status()).build();
	}

}
