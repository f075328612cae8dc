package id.kinerja.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An agency code that the region does not have: answered with 404. */
public class UnknownAgency extends ErrorResponseException {

	public UnknownAgency(String regionId, String agencyCode) {
		super(HttpStatus.NOT_FOUND,
				UnknownRegion.problem("agency", "Unknown agency '" + agencyCode + "' in region '" + regionId + "'"), null);
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
