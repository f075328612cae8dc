package id.kinerja.policy;

/** A problem found in a policy file, at a line and column (1-based; 0 when unknown). */
public record PolicyProblem(String file, int line, int column, String message) {

	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + message;
	}

}
