package id.kinerja.access;

import java.util.List;
import java.util.Map;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.NO_CONTENT;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNAUTHORIZED;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

/**
 * Users created, changed, disabled and reset over the API; a temporary password changed first; an HR
 * administrator confined to its region; every change in the audit log.
 */
@ApiTest
class UserAdministrationApiTests {

	static final String USERS = "/api/v1/users";

	static final String PASSWORD = "/api/v1/account/password";

	static final String STRONG = "kapal-layar-merah-di-teluk";

	@Autowired
	RestTestClient client;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(client);
	}

	@Test
	void aCreatedUserChangesItsTemporaryPasswordBeforeAnythingElse() {
		JsonNode issued = http.post(USERS, user("uji.analis", "HR_ANALYST", "makassar"), CREATED);
		String temporary = issued.get("temporaryPassword").asString();
		assertThat(issued.at("/user/mustChangePassword").asBoolean()).isTrue();
		assertThat(temporary).hasSizeGreaterThanOrEqualTo(PasswordRules.MINIMUM_LENGTH);
		Http user = http.as("uji.analis", temporary);

		JsonNode first = user.get("/api/v1/regions", FORBIDDEN);
		assertThat(first.get("detail").asString()).contains("POST " + PASSWORD);
		assertField(user.post(PASSWORD, change(temporary, "pendek"), UNPROCESSABLE_CONTENT), "newPassword");
		assertField(user.post(PASSWORD, change(temporary, "uji.analis-2025!"), UNPROCESSABLE_CONTENT), "newPassword");
		assertField(user.post(PASSWORD, change(temporary, "password1234"), UNPROCESSABLE_CONTENT), "newPassword");
		assertField(user.post(PASSWORD, change("salah-salah-salah", STRONG), UNPROCESSABLE_CONTENT), "currentPassword");
		user.post(PASSWORD, change(temporary, STRONG), NO_CONTENT);

		http.as("uji.analis", temporary).get("/api/v1/regions", UNAUTHORIZED);
		assertThat(http.as("uji.analis", STRONG).get("/api/v1/regions", OK).valueStream()
			.map(r -> r.get("id").asString())).containsExactly("makassar");
		assertAudited("USER_CREATED", "uji.analis", "makassar");
		assertAudited("PASSWORD_CHANGED", "uji.analis", "makassar");
	}

	@Test
	void aDisabledUserIsRefusedAndAResetPasswordIsTemporary() {
		String temporary = http.post(USERS, user("uji.nonaktif", "POLICY_OFFICER", "medan"), CREATED)
			.get("temporaryPassword").asString();
		http.as("uji.nonaktif", temporary).post(PASSWORD, change(temporary, STRONG), NO_CONTENT);
		Http user = http.as("uji.nonaktif", STRONG);
		user.get("/api/v1/policies/medan", OK);

		assertThat(http.post(USERS + "/uji.nonaktif/disable", "", OK).get("enabled").asBoolean()).isFalse();
		user.get("/api/v1/policies/medan", UNAUTHORIZED);
		http.post(USERS + "/uji.nonaktif/enable", "", OK);
		user.get("/api/v1/policies/medan", OK);

		String reset = http.post(USERS + "/uji.nonaktif/password-reset", "", OK).get("temporaryPassword").asString();
		user.get("/api/v1/policies/medan", UNAUTHORIZED);
		http.as("uji.nonaktif", reset).get("/api/v1/policies/medan", FORBIDDEN);
		assertAudited("USER_DISABLED", "uji.nonaktif", "medan");
		assertAudited("USER_ENABLED", "uji.nonaktif", "medan");
		assertAudited("PASSWORD_RESET", "uji.nonaktif", "medan");
		assertThat(http.post(USERS + "/admin/disable", "", CONFLICT).get("field").asString()).isEqualTo("username");
	}

	@Test
	void roleAndRegionsAreChangedAndChecked() {
		http.post(USERS, user("uji.pindah", "HR_ANALYST", "mamuju"), CREATED);
		http.post(USERS, user("uji.pindah", "HR_ANALYST", "mamuju"), CONFLICT);
		assertField(http.post(USERS, user("uji.tanpa", "HR_ANALYST"), UNPROCESSABLE_CONTENT), "regions");
		assertField(http.post(USERS, user("uji.semua", "AUDITOR", "medan"), UNPROCESSABLE_CONTENT), "regions");
		assertField(http.post(USERS, user("uji.jauh", "HR_ANALYST", "atlantis"), NOT_FOUND), "regions");
		assertField(http.post(USERS, Map.of("username", "Bukan Nama", "displayName", "x", "role", "AUDITOR"),
				UNPROCESSABLE_CONTENT), "username");

		JsonNode changed = http.put(USERS + "/uji.pindah",
				Map.of("displayName", "Analis Medan", "role", "POLICY_OFFICER", "regions", List.of("medan")), OK);

		assertThat(changed.get("role").asString()).isEqualTo("POLICY_OFFICER");
		assertThat(changed.get("regions").valueStream().map(JsonNode::asString)).containsExactly("medan");
		assertThat(http.get(USERS + "/uji.pindah", OK).get("displayName").asString()).isEqualTo("Analis Medan");
		assertAudited("USER_CHANGED", "uji.pindah", "medan");
	}

	@Test
	void anHrAdministratorManagesTheUsersOfItsRegionOnly() {
		String temporary = http.post(USERS, user("uji.sdm.makassar", "HR_ADMIN", "makassar"), CREATED)
			.get("temporaryPassword").asString();
		http.as("uji.sdm.makassar", temporary).post(PASSWORD, change(temporary, STRONG), NO_CONTENT);
		Http hrAdmin = http.as("uji.sdm.makassar", STRONG);

		hrAdmin.post(USERS, user("uji.staf.makassar", "HR_ANALYST", "makassar"), CREATED);
		assertThat(hrAdmin.get(USERS, OK).valueStream().map(u -> u.get("username").asString()))
			.contains("makassar.analis", "uji.staf.makassar", "uji.sdm.makassar")
			.doesNotContain("medan.analis", "admin", "auditor");
		JsonNode refused = hrAdmin.post(USERS, user("uji.staf.medan", "HR_ANALYST", "medan"), FORBIDDEN);
		assertThat(refused.get("region").asString()).isEqualTo("medan");
		assertField(hrAdmin.post(USERS, user("uji.admin", "ADMIN"), FORBIDDEN), "role");
		hrAdmin.put(USERS + "/makassar.analis",
				Map.of("displayName", "x", "role", "HR_ANALYST", "regions", List.of("makassar", "medan")), FORBIDDEN);

		// a user of another region answers exactly as an unknown one, and is audited
		JsonNode other = hrAdmin.get(USERS + "/medan.analis", NOT_FOUND);
		JsonNode unknown = hrAdmin.get(USERS + "/tidak.ada", NOT_FOUND);
		assertThat(other.get("detail").asString().replace("medan.analis", "?"))
			.isEqualTo(unknown.get("detail").asString().replace("tidak.ada", "?"));
		hrAdmin.post(USERS + "/admin/password-reset", "", NOT_FOUND);
		assertAudited("ACCESS_DENIED", "MANAGE_USERS", "medan");
		http.as("makassar.analis").get(USERS, FORBIDDEN);
	}

	private void assertAudited(String action, String target, String region) {
		JsonNode events = http.as("auditor").get("/api/v1/audit?action=" + action + "&region=" + region + "&size=100", OK)
			.get("content");
		assertThat(events.valueStream().map(e -> e.get("target").asString())).as(action).contains(target);
	}

	static Map<String, Object> user(String username, String role, String... regions) {
		return Map.of("username", username, "displayName", "Pengguna " + username, "role", role, "regions",
				List.of(regions));
	}

	static Map<String, String> change(String current, String next) {
		return Map.of("currentPassword", current, "newPassword", next);
	}

	/** The problem names the field: a refusal as {@code field}, a bean validation among its {@code errors}. */
	static void assertField(JsonNode problem, String field) {
		assertThat(problem.has("field") ? List.of(problem.get("field").asString())
				: problem.path("errors").valueStream().map(e -> e.get("field").asString()).toList())
			.as(problem.toString())
			.contains(field);
	}

}
