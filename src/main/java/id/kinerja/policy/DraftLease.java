package id.kinerja.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A draft compiled in a sandbox worker, and that worker kept for it until closed: a what-if sends it its
 * batches of employees. A draft that did not compile holds no worker.
 */
final class DraftLease implements AutoCloseable {

	private final Sandbox sandbox;

	private final WorkerProcess worker;

	private final String key;

	private final SandboxReply prepared;

	private boolean closed;

	DraftLease(Sandbox sandbox, WorkerProcess worker, String key, SandboxReply prepared) {
		this.sandbox = sandbox;
		this.worker = worker;
		this.key = key;
		this.prepared = prepared;
	}

	Validation validation() {
		return prepared.validation();
	}

	/** The draft compiled, with its scopes' parameters, to be run through this lease. */
	CompiledPolicy policy(String region, List<PolicyFile> files, EngineSettings settings) {
		Map<String, PolicyScope> agencies = new HashMap<>();
		prepared.scopes().forEach((agency, parameters) -> {
			if (!agency.isEmpty()) {
				agencies.put(agency, new PolicyScope(new WorkerEngine(this, agency), parameters));
			}
		});
		PolicyScope regional = new PolicyScope(new WorkerEngine(this, null), prepared.scopes().get(""));
		return new CompiledPolicy(region, prepared.validation().version(), files, regional, agencies, settings);
	}

	boolean compiled() {
		return worker != null;
	}

	/** One call to the draft's worker; calls of one lease run one after another. */
	synchronized SandboxReply call(LongFunction<SandboxCall> call) {
		if (closed) {
			throw new IllegalStateException("the draft's lease is closed");
		}
		return Sandbox.answer(worker.call(call.apply(sandbox.nextId())));
	}

	String key() {
		return key;
	}

	@Override
	public synchronized void close() {
		if (!closed && worker != null) {
			closed = true;
			sandbox.release(worker);
		}
	}

}
