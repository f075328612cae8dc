package id.kinerja;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every Kinerja setting is bound and checked at the start: a wrong value stops it, naming the setting. */
@ExtendWith(OutputCaptureExtension.class)
class SettingsTests {

	/** Every {@code @ConfigurationProperties} record of the app, and nothing else. */
	@Configuration(proxyBeanMethods = false)
	@ConfigurationPropertiesScan("id.kinerja")
	static class AllSettings {

	}

	/** The settings records bound to application.properties, as at a start. */
	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(AllSettings.class);

	@Test
	void theDefaultsAreValid() {
		runner.run(context -> assertThat(context).hasNotFailed());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			kinerja.policy.batch-size=0                    | kinerja.policy.batchSize
			kinerja.policy.max-firings-per-employee=0      | kinerja.policy.maxFiringsPerEmployee
			kinerja.sandbox.workers=0                      | kinerja.sandbox.workers
			kinerja.sandbox.heap-megabytes=64              | kinerja.sandbox.heapMegabytes
			kinerja.work.runs=0                            | kinerja.work.runs
			kinerja.jobs.threads=0                         | kinerja.jobs.threads
			kinerja.jobs.missed-heartbeats=1               | kinerja.jobs.missedHeartbeats
			kinerja.imports.max-rows=0                     | kinerja.imports.maxRows
			kinerja.limits.validations-per-user=0          | kinerja.limits.validationsPerUser
			kinerja.sign-in.per-user[0].failures=0         | kinerja.sign-in.perUser[0].failures
			""")
	void aValueOutOfItsRangeStopsTheStartNamingTheSetting(String setting, String named) {
		runner.withPropertyValues(setting).run(context -> {
			assertThat(context).hasFailed();
			assertThat(errors(context.getStartupFailure())).contains(named);
		});
	}

	@Test
	void theAppRefusesToStartWithABatchSizeOfZeroAndSaysWhy(CapturedOutput output) {
		SpringApplication app = new SpringApplication(KinerjaApplication.class);

		assertThatThrownBy(() -> app.run("--spring.datasource.url=jdbc:h2:mem:settings", "--kinerja.demo.enabled=false",
				"--server.port=0", "--kinerja.sandbox.prewarm=false", "--kinerja.policy.batch-size=0").close())
			.hasRootCauseInstanceOf(BindValidationException.class);
		assertThat(output).contains("APPLICATION FAILED TO START", "Property: kinerja.policy.batchSize",
				"Origin: \"kinerja.policy.batch-size\" from property source \"commandLineArgs\"",
				"must be greater than or equal to 1");
	}

	/** The settings a start failure names as Spring Boot's report of it does (prefix and field). */
	private static List<String> errors(Throwable failure) {
		Throwable cause = failure;
		while (!(cause instanceof BindValidationException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(BindValidationException.class);
		return ((BindValidationException) cause).getValidationErrors()
			.getAllErrors()
			.stream()
			.map(error -> ((FieldError) error).getObjectName() + "." + ((FieldError) error).getField())
			.toList();
	}

}
