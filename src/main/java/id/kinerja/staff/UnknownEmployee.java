package id.kinerja.staff;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** No employee with this NIP: answered with 404. */
class UnknownEmployee extends Refusal {

	UnknownEmployee(String nip) {
		super(HttpStatus.NOT_FOUND, "Not found", "unknownEmployee", nip);
		field("nip");
	}

}
