package id.kinerja.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of an empty database ({@code KINERJA_ADMIN_USER}, {@code KINERJA_ADMIN_PASSWORD}):
 * the password must be changed at the first sign-in unless {@code keepPassword}
 * ({@code KINERJA_ADMIN_KEEP_PASSWORD=true}) says it was chosen to stay.
 */
@ConfigurationProperties("kinerja.admin")
record AdminSettings(String user, String password, boolean keepPassword) {

	boolean given() {
		return user != null && !user.isBlank();
	}

}
