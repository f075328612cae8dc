package id.kinerja.policy;

/** A draft compiled for a what-if, with what its validation found (failing cases do not refuse it). */
public record DraftPolicy(CompiledPolicy policy, Validation validation) {
}
