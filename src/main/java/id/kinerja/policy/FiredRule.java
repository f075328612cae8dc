package id.kinerja.policy;

/** A rule that fired for an employee, with the file and layer it came from. */
public record FiredRule(String rule, String file, Layer layer) {
}
