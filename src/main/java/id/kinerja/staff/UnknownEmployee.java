package id.kinerja.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No employee with this NIP: answered with 404. */
class UnknownEmployee extends ErrorResponseException {

	UnknownEmployee(String nip) {
		super(HttpStatus.NOT_FOUND, UnknownRegion.problem("nip", "Tidak ada pegawai dengan NIP " + nip), null);
	}

}
