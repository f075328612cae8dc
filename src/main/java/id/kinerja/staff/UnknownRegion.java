package id.kinerja.staff;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** A region id that is not in the database: answered with 404. */
public class UnknownRegion extends Refusal {

	public UnknownRegion(String regionId) {
		super(HttpStatus.NOT_FOUND, "Not found", "unknownRegion", regionId);
		field("region");
	}

}
