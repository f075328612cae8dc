package id.kinerja.whatif;

import java.util.List;

/**
 * An employee whose outcome differs under the draft, and the rules that made the difference: those that
 * fired only under the active policy and those that fired only under the draft.
 */
public record EmployeeChange(String nip, String name, String agency, Snapshot before, Snapshot after,
		List<String> rulesOnlyBefore, List<String> rulesOnlyAfter) {
}
