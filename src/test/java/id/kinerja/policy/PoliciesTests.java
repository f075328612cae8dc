package id.kinerja.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.Position;
import id.kinerja.policy.fact.Rating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafts of a region on a copy of the real policy folders: validate, publish, reload from disk. */
class PoliciesTests {

	private static final String MEDAN = "policies/medan/medan.drl";

	/** One sandbox for every test here: its workers are started once. */
	private static final Sandbox SANDBOX = new Sandbox(SandboxSettings.DEFAULTS, EngineSettings.DEFAULTS, Path.of("."));

	private static final Consumer<CompiledPolicy> NOTHING = published -> {
	};

	private static final String MEDAN_PARAMETERS = "policies/medan/parameters.yml";

	@TempDir
	Path root;

	private final List<Object> events = new ArrayList<>();

	private Policies policies;

	@BeforeEach
	void copyPolicies() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("rules"), root.resolve("rules"));
		FileSystemUtils.copyRecursively(Path.of("policies/medan"), root.resolve("policies/medan"));
		PolicySettings settings = new PolicySettings(root.toString(), 200, 500, Duration.ofSeconds(20), false);
		policies = new Policies(settings, SANDBOX, events::add, region -> Optional.empty());
	}

	@Test
	void aDraftWithASyntaxErrorIsReportedAtItsLineAndNothingIsWritten() throws IOException {
		String before = read(MEDAN);
		String broken = before.replaceFirst("then", "then\n    insert( new Award( ;");

		Validation validation = policies.validate("medan", Map.of(MEDAN, broken));

		assertThat(validation.valid()).isFalse();
		assertThat(validation.problems()).isNotEmpty().allSatisfy(problem -> {
			assertThat(problem.file()).isEqualTo(MEDAN);
			assertThat(problem.line()).isPositive();
		});
		assertThat(read(MEDAN)).isEqualTo(before);
	}

	@Test
	void aValidDraftIsValidatedWithItsVersionWithoutBecomingActive() throws IOException {
		String active = policies.active("medan").version();

		Validation validation = policies.validate("medan", Map.of(MEDAN_PARAMETERS, withNote()));

		assertThat(validation.valid()).as(validation.toString()).isTrue();
		assertThat(validation.version()).isNotEqualTo(active);
		assertThat(policies.active("medan").version()).isEqualTo(active);
	}

	@Test
	void aDraftThatBreaksACaseIsRefusedWithExpectedAgainstActualUntilTheCasesAreUpdated() throws IOException {
		String active = policies.active("medan").version();
		// every IKM below 90 becomes grade D: a case table row expects no training at IKM 70
		Map<String, String> draft = Map.of(MEDAN_PARAMETERS, medanParameters("65", "90"));

		Validation validation = policies.validate("medan", draft);
		assertThat(validation.problems()).isEmpty();
		assertThat(validation.failedCases()).isNotEmpty().allSatisfy(failure -> {
			assertThat(failure.file()).startsWith("policies/medan/");
			assertThat(failure.expected()).isNotBlank();
			assertThat(failure.actual()).isNotBlank();
		});
		assertThatThrownBy(() -> policies.publish("medan", draft, NOTHING)).isInstanceOf(InvalidDraft.class);
		assertThat(policies.active("medan").version()).isEqualTo(active);
		assertThat(read(MEDAN_PARAMETERS)).isEqualTo(Files.readString(Path.of(MEDAN_PARAMETERS)));
	}

	@Test
	void publishingWritesTheFilesAndSwapsThePolicyWhileHeldVersionsKeepWorking() throws IOException {
		CompiledPolicy before = policies.active("medan");

		CompiledPolicy published = policies.publish("medan", Map.of(MEDAN_PARAMETERS, withNote()), NOTHING);

		assertThat(policies.active("medan")).isSameAs(published);
		assertThat(published.version()).isNotEqualTo(before.version());
		assertThat(read(MEDAN_PARAMETERS)).isEqualTo(withNote());
		assertThat(published.files()).extracting(PolicyFile::content).contains(withNote());
		assertThat(before.files()).extracting(PolicyFile::content).doesNotContain(withNote());
		assertThat(PolicyCases.run(before, before.files())).isEmpty();
	}

	@Test
	void weightsThatDoNotSumTo100AreReportedAtTheirLine() throws IOException {
		String weights = Files.readString(Path.of(MEDAN_PARAMETERS)).replace("value: 10, min: 0", "value: 20, min: 0");

		Validation validation = policies.validate("medan", Map.of(MEDAN_PARAMETERS, weights));

		assertThat(validation.valid()).isFalse();
		assertThat(validation.problems()).anySatisfy(problem -> {
			assertThat(problem.file()).isEqualTo(MEDAN_PARAMETERS);
			assertThat(problem.line()).isPositive();
			assertThat(problem.message()).contains("skor.bobot");
		});
	}

	@Test
	void anUnsafeDraftIsRefusedWithItsLineWithoutRunning() {
		String hostile = "rule \"keluar\"\nwhen\n    Employee( )\nthen\n    System.exit( 1 );\nend\n";

		Validation validation = policies.validate("medan", Map.of("policies/medan/keluar.drl", hostile));

		assertThat(validation.valid()).isFalse();
		assertThat(validation.failedCases()).isEmpty();
		assertThat(validation.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("policies/medan/keluar.drl");
			assertThat(problem.line()).isEqualTo(5);
		});
	}

	@Test
	void aPathTheArchiveCannotKeepIsRefusedAtValidation() {
		String path = "policies/medan/" + "a".repeat(300) + ".drl";

		Validation validation = policies.validate("medan", Map.of(path, "rule \"a\" when then end"));

		assertThat(validation.valid()).isFalse();
		assertThat(validation.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo(path);
			assertThat(problem.message()).contains("300");
		});
	}

	@Test
	void aPathOutsideTheRegionIsRefused() {
		Validation validation = policies.validate("medan",
				Map.of("rules/predikat.drl", "", "policies/makassar/makassar.drl", "", "policies/medan/../x.drl", ""));

		assertThat(validation.valid()).isFalse();
		assertThat(validation.problems()).extracting(PolicyProblem::file)
			.containsExactlyInAnyOrder("rules/predikat.drl", "policies/makassar/makassar.drl", "policies/medan/../x.drl");
	}

	@Test
	void aFileDeletedByTheDraftIsGoneFromTheValidatedPolicy() {
		Map<String, String> draft = new HashMap<>();
		draft.put(MEDAN, null);

		Validation validation = policies.validate("medan", draft);

		// without the region's rules its case tables no longer hold
		assertThat(validation.failedCases()).isNotEmpty();
	}

	@Test
	void filesChangedOnDiskThatValidateBecomeActive() throws IOException {
		String before = policies.active("medan").version();
		Files.writeString(root.resolve(MEDAN_PARAMETERS), withNote());

		policies.reload("medan");

		assertThat(policies.active("medan").version()).isNotEqualTo(before);
		assertThat(events).singleElement().isInstanceOfSatisfying(PolicyReloaded.class, event -> {
			assertThat(event.previousVersion()).isEqualTo(before);
			assertThat(event.version()).isEqualTo(policies.active("medan").version());
		});
	}

	@Test
	void filesChangedOnDiskThatDoNotValidateAreRefusedAndThePreviousVersionStays() throws IOException {
		String before = policies.active("medan").version();
		Files.writeString(root.resolve(MEDAN), "rule \"rusak\"\nwhen\n    Employee( \nthen\nend\n");

		policies.reload("medan");

		assertThat(policies.active("medan").version()).isEqualTo(before);
		assertThat(events).singleElement().isInstanceOfSatisfying(PolicyRefused.class, event -> {
			assertThat(event.activeVersion()).isEqualTo(before);
			assertThat(event.problems()).extracting(PolicyProblem::file).contains(MEDAN);
		});
		assertThat(policies.allHealthy()).isFalse();
		assertThat(policies.status().get("medan").toString()).contains("refusedChanges");
	}

	@Test
	void reloadingUnchangedFilesKeepsTheActivePolicy() {
		CompiledPolicy before = policies.active("medan");

		policies.reload("medan");

		assertThat(policies.active("medan")).isSameAs(before);
		assertThat(events).isEmpty();
	}

	@Test
	void overriddenParametersChangeOutcomesWithoutCompilingAndAreCheckedByNameAndRange() {
		CompiledPolicy active = policies.active("medan");
		Employee ikm70 = new Employee("197303141997022002", "Siti", "dinkes", Position.PELAKSANA, null, "Analis", "III/a",
				EmploymentType.PNS, false, null, 5, false, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, 70.0, 20,
				List.of(), List.of());

		CompiledPolicy stricter = active.withOverrides(Map.of("ikm.c.minimal", 90.0));

		assertThat(active.evaluate(null, List.of(ikm70)).get(0).trainings()).extracting(t -> t.code())
			.doesNotContain("PELAYANAN_PUBLIK");
		assertThat(stricter.evaluate(null, List.of(ikm70)).get(0).trainings()).extracting(t -> t.code())
			.contains("PELAYANAN_PUBLIK");
		assertThat(stricter.version()).startsWith(active.version() + "+");
		assertThatThrownBy(() -> active.withOverrides(Map.of("ikm.c.minimum", 90.0, "ikm.c.minimal", 101.0,
				"atlantis/ikm.c.minimal", 70.0)))
			.isInstanceOfSatisfying(InvalidOverride.class, ex -> assertThat(ex.getBody().getProperties().get("errors")
				.toString()).contains("overrides.ikm.c.minimum", "overrides.ikm.c.minimal", "overrides.atlantis/ikm.c.minimal"));
	}

	@Test
	void aDraftForAWhatIfComesWithItsFailingCasesButNotWithProblems() throws IOException {
		String parameters = Files.readString(Path.of(MEDAN_PARAMETERS)).replace("value: 65,", "value: 90,");

		DraftPolicy draft = policies.draft("medan", Map.of(MEDAN_PARAMETERS, parameters));

		assertThat(draft.validation().failedCases()).isNotEmpty();
		assertThat(draft.policy().version()).isNotEqualTo(policies.active("medan").version());
		assertThatThrownBy(() -> policies.draft("medan", Map.of(MEDAN, "rule \"x\" when then System.exit(1); end")))
			.isInstanceOf(InvalidDraft.class);
	}

	@Test
	void anUnknownRegionIsNamed() {
		assertThatThrownBy(() -> policies.validate("atlantis", Map.of())).isInstanceOf(UnknownPolicy.class);
	}

	/** A change that alters no outcome: a comment in Medan's parameters. */
	private static String withNote() throws IOException {
		return Files.readString(Path.of(MEDAN_PARAMETERS)) + "# catatan: ditinjau ulang tahun depan\n";
	}

	private String medanParameters(String original, String replacement) throws IOException {
		String text = Files.readString(Path.of(MEDAN_PARAMETERS));
		return text.replace("value: " + original + ",", "value: " + replacement + ",");
	}

	private String read(String path) throws IOException {
		return Files.readString(root.resolve(path));
	}

}
