package id.kinerja.policy;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** A sandbox worker ended while it ran a call, for a reason other than its limits; a new one takes over. */
public class SandboxStopped extends Refusal {

	SandboxStopped(String reason) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Sandbox worker stopped", "sandboxStopped", reason);
		retryAfter(1);
	}

}
