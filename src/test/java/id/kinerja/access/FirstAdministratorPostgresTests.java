package id.kinerja.access;

import id.kinerja.KinerjaApplication;
import id.kinerja.support.Http;
import id.kinerja.support.PostgresAvailable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static id.kinerja.access.UserAdministrationApiTests.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NO_CONTENT;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNAUTHORIZED;

/**
 * A production start as a new region does it: the postgres profile on an empty database (a schema of its
 * own) with KINERJA_ADMIN_USER and KINERJA_ADMIN_PASSWORD. No demo user exists or is listed; the
 * administrator from the environment signs in and must change the password first.
 */
@PostgresAvailable
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "kinerja.admin.user=kepala.bkpsdm", "kinerja.admin.password=" + FirstAdministratorPostgresTests.GIVEN,
				"spring.flyway.schemas=first_start", "spring.flyway.create-schemas=true", "kinerja.policy.watch=false" })
@ActiveProfiles("postgres")
@AutoConfigureRestTestClient
class FirstAdministratorPostgresTests {

	static final String GIVEN = "sungai-tallo-pagi-berkabut";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresAvailable.Condition.URL + "?currentSchema=first_start");
		registry.add("spring.datasource.username", () -> PostgresAvailable.Condition.USER);
		registry.add("spring.datasource.password", () -> PostgresAvailable.Condition.PASSWORD);
	}

	@Autowired
	RestTestClient client;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(client);
	}

	@Test
	void theDemoAdministratorIsRefusedAndTheOneFromTheEnvironmentChangesItsPassword() {
		http.as("admin", "admin").get("/api/v1/regions", UNAUTHORIZED);
		http.as("makassar.analis").get("/api/v1/regions", UNAUTHORIZED);
		Http given = http.as("kepala.bkpsdm", GIVEN);
		assertThat(given.get("/api/v1/regions", FORBIDDEN).get("detail").asString()).contains("/api/v1/account/password");

		given.post("/api/v1/account/password", change(GIVEN, "dermaga-losari-senja-jingga"), NO_CONTENT);

		assertThat(http.as("kepala.bkpsdm", "dermaga-losari-senja-jingga").get("/api/v1/regions", OK)).isEmpty();
		String login = client.get().uri("/login").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
			.returnResult(String.class).getResponseBody();
		assertThat(login).doesNotContain("demo-users").doesNotContain("makassar.analis");
	}

	@Test
	void aWeakPasswordFromTheEnvironmentStopsTheStart() {
		SpringApplicationBuilder start = new SpringApplicationBuilder(KinerjaApplication.class)
			.web(WebApplicationType.NONE);

		assertThatThrownBy(() -> start.run("--spring.datasource.url=jdbc:h2:mem:weak-admin",
				"--kinerja.demo.enabled=false", "--kinerja.policy.watch=false", "--kinerja.admin.user=root",
				"--kinerja.admin.password=password1234", "--spring.main.banner-mode=off"))
			.hasStackTraceContaining("KINERJA_ADMIN_PASSWORD is refused");
	}

}
