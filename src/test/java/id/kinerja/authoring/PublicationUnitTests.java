package id.kinerja.authoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import id.kinerja.KinerjaApplication;
import id.kinerja.policy.Policies;
import id.kinerja.support.AsAdmin;
import id.kinerja.support.PolicyFolders;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A publication is one unit: when the database refuses any of its rows, no file changes on disk, the active
 * version stays and no release or audit entry is left. A region whose files on disk do not pass their checks
 * at start-up stays on its last good version, from the archive, with the problem in health.
 */
class PublicationUnitTests {

	private static final String MEDAN = "policies/medan/medan.drl";

	private static final String NOTE = "\n// catatan petugas\n";

	@Test
	void aPublicationWhoseReleaseRowIsRefusedChangesNothing() throws Exception {
		Path root = PolicyFolders.copy();
		try (ConfigurableApplicationContext app = start(root, "unit-gagal")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Policies policies = app.getBean(Policies.class);
			PolicyAuthoring authoring = app.getBean(PolicyAuthoring.class);
			String before = Files.readString(root.resolve(MEDAN));
			String version = policies.active("medan").version();
			long releases = count(jdbc, "policy_release");
			long audit = count(jdbc, "audit_event");
			long fileVersions = count(jdbc, "policy_file_version");
			// the database refuses this release's row, as it would a value too long for its column
			jdbc.sql("alter table policy_release add constraint uji_gagal check (comment <> 'gagal')").update();

			assertThatThrownBy(() -> AsAdmin.call("admin", () -> authoring.publish("medan", Map.of(MEDAN, before + NOTE), "gagal")))
				.hasMessageContaining("UJI_GAGAL");

			assertThat(Files.readString(root.resolve(MEDAN))).isEqualTo(before);
			assertThat(policies.active("medan").version()).isEqualTo(version);
			assertThat(count(jdbc, "policy_release")).isEqualTo(releases);
			assertThat(count(jdbc, "policy_file_version")).isEqualTo(fileVersions);
			assertThat(jdbc.sql("select count(*) from audit_event where action = 'POLICY_PUBLISHED'")
				.query(Long.class)
				.single()).isZero();
			assertThat(count(jdbc, "audit_event")).isEqualTo(audit);

			jdbc.sql("alter table policy_release drop constraint uji_gagal").update();
			AsAdmin.call("admin", () -> authoring.publish("medan", Map.of(MEDAN, before + NOTE), "berhasil"));
			assertThat(Files.readString(root.resolve(MEDAN))).isEqualTo(before + NOTE);
			assertThat(policies.active("medan").version()).isNotEqualTo(version);
		}
	}

	@Test
	void aRegionWhoseFilesDoNotPassAtStartUpStaysOnItsLastGoodVersionWithTheProblemInHealth() throws Exception {
		Path root = PolicyFolders.copy();
		String good;
		try (ConfigurableApplicationContext first = start(root, "unit-mulai")) {
			good = first.getBean(Policies.class).active("medan").version();
		}
		String content = Files.readString(root.resolve(MEDAN));
		Files.writeString(root.resolve(MEDAN), content.replaceFirst("then", "then\n    System.exit( 1 );"));

		try (ConfigurableApplicationContext second = start(root, "unit-mulai")) {
			Policies policies = second.getBean(Policies.class);

			assertThat(policies.active("medan").version()).isEqualTo(good);
			assertThat(policies.active("makassar")).isNotNull();
			assertThat(policies.status().get("medan")).asString().contains("refusedChanges", MEDAN);
		}
	}

	private static ConfigurableApplicationContext start(Path root, String database) {
		return new SpringApplicationBuilder(KinerjaApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1", "--kinerja.demo.enabled=false",
					"--kinerja.demo.users=true", "--kinerja.policy.root=" + root, "--kinerja.policy.watch=false",
					"--kinerja.sandbox.prewarm=false", "--spring.main.banner-mode=off");
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
