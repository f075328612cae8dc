package id.kinerja.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import id.kinerja.support.Http;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;

/**
 * Signing in and the connection pool (issue 18): one connection per signed request, with a password or a
 * token; and a database that cannot be reached (its server stopped) answers 503 with a problem detail, never
 * 401: the password was never judged. The app reaches its H2 database over TCP, through a server this test
 * stops and starts again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		// no job workers: their polling would take connections of the pool this test counts
		properties = { "kinerja.demo.enabled=false", "kinerja.demo.users=true", "kinerja.jobs.worker=false",
				"spring.datasource.hikari.connection-timeout=500" })
@AutoConfigureRestTestClient
// the database stopped and started first: the other test shows that the app has it back
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInDatabaseTests {

	// a file database: it outlives its server's stops
	static final Path FOLDER = folder();

	static Server database = start(0);

	static Path folder() {
		try {
			return Files.createTempDirectory("kinerja-sign-in");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:tcp://localhost:" + database.getPort() + "/sign-in");
	}

	static Server start(int port) {
		try {
			return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir", FOLDER.toString())
				.start();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	RestTestClient client;

	@Autowired
	DataSource dataSource;

	@Autowired
	AuthenticationManager signIn;

	@Autowired
	OwnAccount account;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(client);
	}

	@AfterAll
	static void drop() {
		database.stop();
		FileSystemUtils.deleteRecursively(FOLDER.toFile());
	}

	@AfterEach
	void reachable() {
		if (!database.isRunning(false)) {
			database = start(database.getPort());
			awaitPool();
		}
	}

	@Test
	@Order(2)
	void aSignInWithAPasswordOrATokenTakesOneConnection() {
		String secret = createToken();
		CountingConnections counting = (CountingConnections) dataSource;

		int before = counting.taken.get();
		signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("auditor", "auditor"));
		assertThat(counting.taken.get() - before).as("connections taken to sign in with a password").isOne();

		before = counting.taken.get();
		signIn.authenticate(new BearerToken(secret));
		assertThat(counting.taken.get() - before).as("connections taken to sign in with a token").isOne();
	}

	@Test
	@Order(1)
	void anUnreachableDatabaseIs503NeverA401() {
		String secret = createToken();
		database.stop();

		JsonNode basic = http.as("auditor").get("/api/v1/regions", SERVICE_UNAVAILABLE);
		assertThat(basic.get("detail").asString()).contains("Basis data tidak dapat dihubungi");
		assertThat(http.inLanguage("en").as("auditor").get("/api/v1/regions", SERVICE_UNAVAILABLE).get("detail")
			.asString()).contains("database cannot be reached");
		http.bearer(secret).get("/api/v1/regions", SERVICE_UNAVAILABLE);
		http.as("auditor").exchange("/api/v1/regions").expectHeader().exists(HttpHeaders.RETRY_AFTER);
		pageSignIn().expectStatus().isEqualTo(SERVICE_UNAVAILABLE);

		reachable();
		http.as("auditor").get("/api/v1/regions", OK);
	}

	/**
	 * Once the server is back: the pool drops the connections the stop broke (it would find them dead on its
	 * own, later) and the test waits, a bounded while, until a statement runs again.
	 */
	private void awaitPool() {
		try {
			dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		for (int i = 0; i < 40; i++) {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("select 1");
				return;
			}
			catch (SQLException ex) {
				// not reconnected yet
			}
		}
	}

	/** The login form as a browser posts it: its CSRF token and session cookie first. */
	private RestTestClient.ResponseSpec pageSignIn() {
		RestTestClient.ResponseSpec page = client.get().uri("/login").exchange();
		var result = page.returnResult(String.class);
		String html = result.getResponseBody();
		String token = html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String cookie = result.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", "auditor");
		form.add("password", "auditor");
		form.add("_csrf", token);
		return client.post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header(HttpHeaders.COOKIE, cookie).body(form).exchange();
	}

	private String createToken() {
		SignedInUser auditor = (SignedInUser) signIn
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("auditor", "auditor")).getPrincipal();
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(auditor, null, auditor.getAuthorities()));
		try {
			return account.createToken(new OwnAccount.NewToken("uji", 1, null)).secret();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	/** Counts the connections taken from the pool. */
	static class CountingConnections extends DelegatingDataSource {

		final AtomicInteger taken = new AtomicInteger();

		CountingConnections(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			taken.incrementAndGet();
			return super.getConnection();
		}

	}

	@TestConfiguration
	static class Counting {

		@Bean
		static BeanPostProcessor countConnections() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof HikariDataSource hikari ? new CountingConnections(hikari) : bean;
				}

			};
		}

	}

}
