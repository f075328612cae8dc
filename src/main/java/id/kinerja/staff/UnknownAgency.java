package id.kinerja.staff;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** An agency code that the region does not have: answered with 404. */
public class UnknownAgency extends Refusal {

	public UnknownAgency(String regionId, String agencyCode) {
		super(HttpStatus.NOT_FOUND, "Not found", "unknownAgency", regionId, agencyCode);
		field("agency");
	}

}
