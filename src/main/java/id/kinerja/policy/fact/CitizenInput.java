package id.kinerja.policy.fact;

/**
 * What citizens said about one service of the employee's agency in the period through forums and social media:
 * complaints and suggestions, counted. Not a satisfaction index: the IKM comes only from the survey
 * ({@link Employee#citizenSatisfaction()}).
 *
 * @param service the service they spoke of, e.g. {@code Angkutan umum}
 */
public record CitizenInput(String service, int complaints, int suggestions) {
}
