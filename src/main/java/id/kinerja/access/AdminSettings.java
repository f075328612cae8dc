package id.kinerja.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The first administrator of an empty database ({@code KINERJA_ADMIN_USER}, {@code KINERJA_ADMIN_PASSWORD}):
 * the password must be changed at the first sign-in unless {@code keepPassword}
 * ({@code KINERJA_ADMIN_KEEP_PASSWORD=true}) says it was chosen to stay. The password's strength is checked by
 * {@link FirstAdministrator}, only when there are no users yet.
 *
 * @param user the first administrator's user name
 * @param password the first administrator's password
 * @param keepPassword whether that password stays after the first sign-in
 */
@Validated
@ConfigurationProperties("kinerja.admin")
record AdminSettings(String user, String password, boolean keepPassword) {

	boolean given() {
		return user != null && !user.isBlank();
	}

}
