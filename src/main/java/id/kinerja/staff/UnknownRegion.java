package id.kinerja.staff;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A region id that is not in the database: answered with 404. */
public class UnknownRegion extends ErrorResponseException {

	public UnknownRegion(String regionId) {
		super(HttpStatus.NOT_FOUND, problem("region", "Unknown region '" + regionId + "'"), null);
	}

	/** A 404 naming the request field whose value was not found. */
	static ProblemDetail problem(String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle("Not found");
		problem.setProperty("field", field);
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
