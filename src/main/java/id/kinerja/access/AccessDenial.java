package id.kinerja.access;

/**
 * Published when a request is refused, for the audit log; {@code attempt} is the request, e.g.
 * {@code POST /api/v1/evaluations}. The refused user is the current one.
 */
public record AccessDenial(String region, Permission permission, String attempt) {
}
