package id.kinerja.access;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** The signed-in user may not do this in this region: answered with 403 naming both. */
public class AccessDenied extends Refusal {

	AccessDenied(String user, String region, Permission permission) {
		super(HttpStatus.FORBIDDEN, "Forbidden", region == null ? "accessDeniedAnywhere" : "accessDenied", user,
				permission, region);
		with("region", region);
		with("permission", permission.name());
	}

}
