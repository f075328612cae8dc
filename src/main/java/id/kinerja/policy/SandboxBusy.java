package id.kinerja.policy;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** Every sandbox worker is busy and the queue in front of them is full: try again shortly. */
public class SandboxBusy extends Refusal {

	SandboxBusy(int waiting, long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Sandbox busy", "sandboxBusy", waiting);
		retryAfter(retryAfterSeconds);
	}

}
