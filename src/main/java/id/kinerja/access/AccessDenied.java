package id.kinerja.access;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The signed-in user may not do this in this region: answered with 403 naming both. */
public class AccessDenied extends ErrorResponseException {

	AccessDenied(String user, String region, Permission permission) {
		super(HttpStatus.FORBIDDEN, problem(user, region, permission), null);
	}

	private static ProblemDetail problem(String user, String region, Permission permission) {
		String where = region == null ? "any region" : "region '" + region + "'";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"User '" + user + "' lacks permission " + permission + " in " + where);
		problem.setTitle("Forbidden");
		problem.setProperty("region", region);
		problem.setProperty("permission", permission.name());
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
