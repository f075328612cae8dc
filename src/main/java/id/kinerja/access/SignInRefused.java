package id.kinerja.access;

/** Published when a sign-in is refused for too many failures, for the audit log: the name tried and from where. */
public record SignInRefused(String username, String address, long retryAfterSeconds) {
}
