package id.kinerja.policy.fact;

/**
 * What one kind of assessor said about an employee over the BerAKHLAK values: the mean of their scores,
 * the lowest score and how many values they scored.
 */
public record AssessorScore(Assessor assessor, double mean, double lowest, int count) {
}
