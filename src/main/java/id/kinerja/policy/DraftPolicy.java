package id.kinerja.policy;

/**
 * A draft compiled for a what-if, with what its validation found (failing cases do not refuse it). Its rules
 * run in the sandbox worker that compiled it, which stays reserved for it until it is closed.
 */
public final class DraftPolicy implements AutoCloseable {

	private final CompiledPolicy policy;

	private final Validation validation;

	private final DraftLease lease;

	DraftPolicy(CompiledPolicy policy, Validation validation, DraftLease lease) {
		this.policy = policy;
		this.validation = validation;
		this.lease = lease;
	}

	public CompiledPolicy policy() {
		return policy;
	}

	public Validation validation() {
		return validation;
	}

	/** Frees the sandbox worker the draft runs in. */
	@Override
	public void close() {
		if (lease != null) {
			lease.close();
		}
	}

}
