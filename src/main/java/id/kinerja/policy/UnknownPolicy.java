package id.kinerja.policy;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** No policy folder exists for the region asked for. */
public class UnknownPolicy extends Refusal {

	UnknownPolicy(String region) {
		super(HttpStatus.NOT_FOUND, "Unknown region", "unknownPolicy", region);
		field("region");
	}

}
