package id.kinerja.web;

import id.kinerja.system.TableQuery;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page renders for the role that may see it, and a form with bad input keeps what was typed. */
class PagesTests extends WebTestBase {

	@Autowired
	MockMvc mvc;

	private String page(String uri, String user) throws Exception {
		return mvc.perform(get(uri).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** A form posted again that the service refuses: the page comes back with the refusal. */
	private String refusal(String uri) throws Exception {
		return mvc.perform(post(uri).with(as("makassar.analis")).with(csrf())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	@Test
	void policyOfficerPages() throws Exception {
		assertThat(page("/", "makassar.kebijakan")).contains("Kota Makassar").doesNotContain("/whatif/new");
		assertThat(page("/policies/makassar", "makassar.kebijakan")).contains("policies/makassar/dinkes/dinkes.drl")
			.contains("Nasional").contains("OPD dinkes").contains("perilaku.bobot.atasan")
			// each value says where it comes from: the regulation's article, or a default the region should set
			.contains("PP 17/2020 Pasal 203 ayat 4").contains("Bawaan: sebaiknya ditetapkan daerah");
		assertThat(page("/policies/makassar/file?path=policies/makassar/makassar.drl", "makassar.kebijakan"))
			.contains("Validasi").contains("Publikasi").contains("Pegawai teladan");
		assertThat(page("/policies/makassar/history?path=policies/makassar/makassar.drl", "makassar.kebijakan"))
			.contains("Versi berkas");
		assertThat(page("/audit?action=POLICY_PUBLISHED", "makassar.kebijakan")).contains("Log audit");
	}

	@Test
	void fileVersionsSortOnTheServer() throws Exception {
		String path = "policies/medan/dinkes/dinkes.drl";
		String content = Files.readString(ROOT.resolve(path));
		for (String note : List.of("ditinjau", "ditinjau lagi")) {
			mvc.perform(post("/policies/medan/file?path=" + path).with(as("medan.kebijakan")).with(csrf())
				.param("content", content + "\n// " + note + "\n").param("comment", note).param("action", "publish"))
				.andExpect(status().is3xxRedirection());
		}
		String versions = "/policies/medan/history?path=" + path;
		String newestFirst = page(versions, "medan.kebijakan");
		List<Integer> ids = numbers(cells(newestFirst, "versions", 0));
		assertThat(ids).hasSizeGreaterThanOrEqualTo(3).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(newestFirst).contains("<option value=\"" + ids.get(0) + "\" selected=\"selected\"")
			.contains("from=" + ids.get(1) + "&amp;to=" + ids.get(0));
		assertThat(numbers(cells(page(versions + "&sort=VERSION&desc=false", "medan.kebijakan"), "versions", 0)))
			.isSorted().first().isNotEqualTo(ids.get(0));
		List<String> authors = cells(page(versions + "&sort=AUTHOR", "medan.kebijakan"), "versions", 1);
		assertThat(authors).isSorted().contains("system", "medan.kebijakan");
		assertThat(cells(page(versions + "&sort=AUTHOR&desc=true", "medan.kebijakan"), "versions", 1))
			.isSortedAccordingTo(Comparator.reverseOrder()).first().isNotEqualTo(authors.get(0));
	}

	@Test
	void publishingNeedsACommentInTheUsersLanguage() throws Exception {
		String page = mvc.perform(post("/policies/medan/file?path=policies/medan/medan.drl&lang=en")
			.with(as("medan.kebijakan")).with(csrf()).param("content", "// typed draft\n").param("comment", " ")
			.param("action", "publish")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("A comment is required to publish").contains("// typed draft");
	}

	@Test
	void analystRunsAnEvaluationAndReadsItsResults() throws Exception {
		assertThat(page("/", "makassar.analis")).contains("/whatif/new").doesNotContain("/audit\"");
		String run = startRun("makassar.analis", "makassar", "dinkes");
		String results = page(run + "?predikat=BAIK&sort=SCORE&desc=true", "makassar.analis");
		assertThat(results).contains("dinkes").contains("Unit ").contains("aria-sort=\"descending\"");
		String nip = results.replaceAll("(?s).*?/results/(\\d{18}).*", "$1");
		assertThat(page(run + "/results/" + nip, "makassar.analis")).contains("Penjelasan").contains("rules/predikat.drl")
			.contains("id=\"parameters\"").contains("rules/parameters.yml")
			// the working: each indicator's achievement and weight, the behaviour score per kind of assessor
			.contains("id=\"working-indicators\"").contains("id=\"working-assessors\"").contains("Atasan langsung");
		assertThat(mvc.perform(get(run + "/export?format=csv").with(as("makassar.analis"))).andReturn()
			.getResponse().getContentType()).startsWith("text/csv");
		mvc.perform(get(run + "/export?format=xlsx").with(as("makassar.analis"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")));
	}

	@Test
	void badPeriodIsShownAgainWithItsReason() throws Exception {
		String page = mvc.perform(post("/evaluations").with(as("makassar.analis")).with(csrf())
			.param("region", "makassar").param("period", "2025-13")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("value=\"2025-13\"").contains("periode harus berbentuk 2025, 2025-Q1 atau 2025-03");
	}

	@Test
	void whatIfWithABadOverrideKeepsWhatWasTyped() throws Exception {
		String page = mvc.perform(post("/whatif?lang=en").with(as("makassar.analis")).with(csrf())
			.param("region", "makassar").param("period", "2025").param("override_perilaku.bobot.atasan", "lima puluh")
			.param("override_perilaku.bobot.rekan", "300"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"lima puluh\"").contains("is not a number").contains("value=\"300\"");
	}

	@Test
	void whatIfShowsItsMigrationMatrix() throws Exception {
		String whatIf = whatIf("matriks", "dinkes");
		String all = page(whatIf + "?sort=PREDIKAT", "makassar.analis");
		assertThat(all).contains("Migrasi predikat").contains("id=\"matrix\"").contains("Pegawai yang berubah")
			.contains("Indeks perilaku</span>: <span>");
		int moved = Integer.parseInt(all.replaceAll("(?s).*, (\\d+) di antaranya berpindah predikat.*", "$1"));
		List<String> movers = cells(page(whatIf + "?moved=true&sort=PREDIKAT", "makassar.analis"), "changes", 3);
		assertThat(movers).hasSize(Math.min(moved, TableQuery.PAGE_SIZE)).allSatisfy(predikat -> {
			String[] fromTo = predikat.split(" → ");
			assertThat(fromTo[1]).as(predikat).isNotEqualTo(fromTo[0]);
		});
		assertThat(cells(all, "changes", 3)).as("the others keep their predikat but change a figure")
			.anySatisfy(predikat -> assertThat(predikat.split(" → ")[1]).isEqualTo(predikat.split(" → ")[0]));
		assertThat(page(whatIf + "?moved=true&lang=en", "makassar.analis")).contains("What changed")
			.contains("checked");
	}

	/** Runs a what-if of Makassar with the superior's weight raised, as the analyst; answers its address once done. */
	private String whatIf(String name, String agency) throws Exception {
		MvcResult started = mvc.perform(post("/whatif").with(as("makassar.analis")).with(csrf())
			.param("region", "makassar").param("agencies", agency).param("period", "2025").param("name", name)
			.param("override_perilaku.bobot.atasan", "80").param("override_perilaku.bobot.rekan", "0")
			.param("override_perilaku.bobot.diri", "20")).andExpect(status().is3xxRedirection()).andReturn();
		String whatIf = started.getResponse().getRedirectedUrl();
		await().atMost(Duration.ofSeconds(60)).until(() -> !page(whatIf, "makassar.analis").contains("id=\"progress\""));
		return whatIf;
	}

	@Test
	void whatIfsAndTheirChangedEmployeesSortOnTheServer() throws Exception {
		whatIf("A lebih dulu", "dpu");
		String whatIf = whatIf("Z paling akhir", "");
		String byName = page("/whatif?sort=NAME", "makassar.analis");
		assertThat(cells(byName, "whatifs", 1)).isSorted().hasSizeGreaterThan(1);
		assertThat(cells(page("/whatif?sort=NAME&desc=true", "makassar.analis"), "whatifs", 1).get(0))
			.isNotEqualTo(cells(byName, "whatifs", 1).get(0));
		List<String> nips = cells(page(whatIf + "?sort=NIP", "makassar.analis"), "changes", 0);
		assertThat(nips).hasSize(TableQuery.PAGE_SIZE).isSorted();
		assertThat(cells(page(whatIf + "?sort=NIP&desc=true", "makassar.analis"), "changes", 0))
			.isSortedAccordingTo(Comparator.reverseOrder()).doesNotContainAnyElementsOf(nips);
		String second = page(whatIf + "?sort=NIP&page=1", "makassar.analis");
		assertThat(cells(second, "changes", 0)).isSorted().doesNotContainAnyElementsOf(nips);
		assertThat(cells(second, "changes", 0).get(0)).isGreaterThan(nips.get(nips.size() - 1));
		assertThat(cells(page(whatIf + "?agency=dinkes&sort=AGENCY&desc=true&page=x", "makassar.analis"), "changes", 2))
			.containsOnly("dinkes");
	}

	@Test
	void auditFilterWithABadDateKeepsIt() throws Exception {
		String page = page("/audit?from=2025-12-31&to=2025-12-01", "auditor");
		assertThat(page).contains("tanggal akhir lebih awal dari tanggal mulai").contains("value=\"2025-12-31\"");
		assertThat(page("/audit?from=kemarin", "auditor")).contains("bukan tanggal yang sah");
	}

	@Test
	void auditLogSortsAndPagesOnTheServer() throws Exception {
		for (int change = 9000; change < 9051; change++) {
			mvc.perform(get("/policies/makassar/changes/" + change).with(as("tanjungpinang.kebijakan")))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/policies/makassar/changes/9051").with(as("mamuju.kebijakan"))).andExpect(status().isForbidden());
		List<String> actors = cells(page("/audit?region=makassar&sort=ACTOR", "auditor"), "audit", 1);
		assertThat(actors).isSorted().hasSizeGreaterThan(1);
		assertThat(cells(page("/audit?region=makassar&sort=ACTOR&desc=true", "auditor"), "audit", 1))
			.isSortedAccordingTo(Comparator.reverseOrder()).first().isNotEqualTo(actors.get(0));
		String mine = "/audit?actor=tanjungpinang.kebijakan&region=makassar&sort=TIME&desc=false";
		String first = page(mine, "auditor");
		assertThat(first).contains("aria-sort=\"ascending\"").contains("sort=TIME&amp;desc=false&amp;page=1");
		List<String> onFirst = cells(first, "audit", 6);
		List<String> onSecond = cells(page(mine + "&page=1", "auditor"), "audit", 6);
		assertThat(onFirst).hasSize(50).contains("GET /policies/makassar/changes/9000");
		assertThat(onSecond).isNotEmpty().doesNotContainAnyElementsOf(onFirst);
		assertThat(page("/audit?region=makassar&sort=nope&desc=maybe&page=-1", "auditor")).contains("id=\"audit\"");
	}

	/**
	 * Starts an official run as the user: it runs in the background while its page shows done / total,
	 * then that page sends the user on to the run. Answers the run's address.
	 */
	private String startRun(String user, String region, String agency) throws Exception {
		String job = mvc.perform(post("/evaluations").with(as(user)).with(csrf()).param("region", region)
			.param("agency", agency).param("period", "2025")).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(job).startsWith("/evaluations/jobs/");
		for (int i = 0; i < 1200; i++) {
			MvcResult progress = mvc.perform(get(job + "/progress").with(as(user))).andExpect(status().isOk()).andReturn();
			String next = progress.getResponse().getHeader("HX-Redirect");
			if (next != null) {
				assertThat(mvc.perform(get(job).with(as(user))).andReturn().getResponse().getRedirectedUrl()).isEqualTo(next);
				return next;
			}
			// waiting for its turn until a worker thread takes it (even with a free one), then running
			assertThat(progress.getResponse().getContentAsString()).containsAnyOf("<progress", "dalam antrean");
			Thread.sleep(100);
		}
		throw new AssertionError("the run did not finish: " + job);
	}

	@Test
	void aRunInTheBackgroundIsOnlyShownToThoseWhoMayRunInItsRegion() throws Exception {
		String job = mvc.perform(post("/evaluations").with(as("makassar.analis")).with(csrf()).param("region", "makassar")
			.param("agency", "dpu").param("period", "2025")).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(job).with(as("medan.analis"))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluations/jobs/tidak-ada").with(as("makassar.analis"))).andExpect(status().isNotFound());
	}

	@Test
	void analystReadsAwardCandidatesAndNearMisses() throws Exception {
		String run = startRun("makassar.analis", "makassar", "");
		assertThat(page(run, "makassar.analis")).contains(run + "/awards");
		String awards = page(run + "/awards", "makassar.analis");
		assertThat(awards).contains("Calon penerima penghargaan").contains("data-award=\"PEGAWAI_TELADAN\"")
			.contains("class=\"near-misses\"");
		assertThat(page(run + "/awards?agency=dinkes&lang=en", "makassar.analis")).contains("Near-misses");
		mvc.perform(get(run + "/awards").with(as("medan.analis"))).andExpect(status().isNotFound());
		mvc.perform(get(run + "/awards?agency=%3Cscript%3E").with(as("makassar.analis")))
			.andExpect(status().isNotFound());
	}

	@Test
	void awardCandidatesAndNearMissesSortAndPagePerAward() throws Exception {
		String awards = startRun("makassar.analis", "makassar", "") + "/awards";
		// an award with more than a page of candidates and of near-misses
		String first = page(awards, "makassar.analis");
		String award = java.util.stream.Stream.of("X", "XX", "XXX")
			.map(years -> "SATYALANCANA_KARYA_SATYA_" + years)
			.filter(a -> first.contains(a + ".page=1") && first.contains(a + ".near.page=1"))
			.findFirst()
			.orElseThrow();
		String byName = page(awards + "?" + award + ".sort=NAME", "makassar.analis");
		List<String> names = cells(byName, "candidates-" + award, 2);
		assertThat(names).hasSize(TableQuery.PAGE_SIZE).isSorted();
		assertThat(cells(byName, "candidates-PENGHARGAAN_PEKERJAAN_UMUM", 0)).as("another award keeps its rank")
			.startsWith("1", "2");
		assertThat(cells(page(awards + "?" + award + ".sort=NAME&" + award + ".desc=true", "makassar.analis"),
				"candidates-" + award, 2)).isSortedAccordingTo(Comparator.reverseOrder()).first().isNotEqualTo(names.get(0));
		List<Integer> ranks = numbers(cells(page(awards, "makassar.analis"), "candidates-" + award, 0));
		assertThat(ranks).hasSize(TableQuery.PAGE_SIZE).startsWith(1, 2).isSorted();
		assertThat(numbers(cells(page(awards + "?" + award + ".page=1", "makassar.analis"), "candidates-" + award, 0)))
			.isNotEmpty().isSorted().doesNotContainAnyElementsOf(ranks);
		String nearMisses = awards + "?" + award + ".near.sort=NIP";
		List<String> nips = cells(page(nearMisses, "makassar.analis"), "near-misses-" + award, 0);
		assertThat(nips).hasSize(TableQuery.PAGE_SIZE).isSorted();
		assertThat(cells(page(nearMisses + "&" + award + ".near.page=1", "makassar.analis"), "near-misses-" + award, 0))
			.isNotEmpty().isSorted().doesNotContainAnyElementsOf(nips);
		assertThat(cells(page(nearMisses + "&" + award + ".near.desc=true", "makassar.analis"), "near-misses-" + award, 0)
			.get(0)).isGreaterThan(nips.get(0));
		assertThat(numbers(cells(page(awards + "?" + award + ".sort=%3Cb%3E&" + award + ".page=-1", "makassar.analis"),
				"candidates-" + award, 0))).isEqualTo(ranks);
	}

	@Test
	void calibrationMovesSortOnTheServerAndADecisionReturnsToTheOrderShown() throws Exception {
		String run = startRun("makassar.analis", "makassar", "dinkes");
		String proposal = mvc.perform(post(run + "/calibrations").with(as("makassar.analis")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(numbers(cells(page(proposal, "makassar.analis"), "moves-dinkes", 0))).hasSizeGreaterThan(1).isSorted();
		List<String> names = cells(page(proposal + "?dinkes.sort=NAME", "makassar.analis"), "moves-dinkes", 2);
		assertThat(names).isSorted();
		String shown = "?dinkes.sort=NAME&dinkes.desc=true";
		List<String> reversed = cells(page(proposal + shown, "makassar.analis"), "moves-dinkes", 2);
		assertThat(reversed).isSortedAccordingTo(Comparator.reverseOrder()).first().isNotEqualTo(names.get(0));
		assertThat(cells(page(proposal + "?dinkes.page=1", "makassar.analis"), "moves-dinkes", 1)).as("one page holds them")
			.isEmpty();
		String nip = cells(page(proposal + shown, "makassar.analis"), "moves-dinkes", 1).get(0);
		assertThat(mvc.perform(post(proposal + "/moves/" + nip + shown).with(as("makassar.analis")).with(csrf())
			.param("reason", "dibahas").param("decision", "accept")).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl()).isEqualTo(proposal + shown + "#move-" + nip);
		assertThat(cells(page(proposal + "?dinkes.sort=DECISION", "makassar.analis"), "moves-dinkes", 1).get(0))
			.isEqualTo(nip);
	}

	@Test
	void analystReadsTheTrainingPlanAndDownloadsIt() throws Exception {
		String run = startRun("makassar.analis", "makassar", "dinkes");
		assertThat(page(run, "makassar.analis")).contains(run + "/training");
		assertThat(page(run + "/training", "makassar.analis")).contains("Rencana pelatihan").contains("id=\"plan\"")
			.contains(" JP");
		assertThat(page(run + "/training?agency=dinkes&lang=en", "makassar.analis")).contains("Training plan")
			.contains("format=xlsx");
		assertThat(mvc.perform(get(run + "/training/export?format=csv").with(as("makassar.analis")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).startsWith("OPD,Prioritas");
		mvc.perform(get(run + "/training/export?format=xlsx").with(as("makassar.analis"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")));
		mvc.perform(get(run + "/training").with(as("medan.analis"))).andExpect(status().isNotFound());
	}

	@Test
	void analystProposesACalibrationAndDecidesAMoveWithAReason() throws Exception {
		String run = startRun("makassar.analis", "makassar", "");
		assertThat(page(run, "makassar.analis")).contains(run + "/calibrations");
		assertThat(page(run + "/calibrations", "makassar.analis")).contains("id=\"propose-form\"");
		mvc.perform(post(run + "/calibrations").with(as("makassar.analis"))).andExpect(status().isForbidden());
		String proposal = mvc.perform(post(run + "/calibrations").with(as("makassar.analis")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(refusal(run + "/calibrations?lang=en")).contains("already has calibration proposal");
		assertThat(refusal(run + "/calibrations")).contains("sudah punya usulan kalibrasi");
		String page = page(proposal, "makassar.analis");
		assertThat(page).contains("Sebelum").contains("Temuan kurva menurut usulan");
		String nip = page.replaceAll("(?s).*?id=\"move-(\\d{18})\".*", "$1");
		String move = proposal + "/moves/" + nip;
		String blank = mvc.perform(post(move + "?lang=en").with(as("makassar.analis")).with(csrf())
			.param("reason", "  ").param("decision", "accept")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(blank).contains("A reason is required.").contains("id=\"reason-error-" + nip + "\"");
		mvc.perform(post(move).with(as("makassar.analis")).with(csrf()).param("reason", "<b>dibahas</b>")
			.param("decision", "accept")).andExpect(status().is3xxRedirection());
		assertThat(page(proposal, "makassar.analis")).contains("&lt;b&gt;dibahas&lt;/b&gt;").doesNotContain("<b>dibahas");
		String again = mvc.perform(post(move + "?lang=en").with(as("makassar.analis")).with(csrf())
			.param("reason", "once more").param("decision", "reject")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(again).contains("The proposal for NIP " + nip + " has already been decided: ACCEPTED");
		// another region's proposal answers as an unknown one
		mvc.perform(get(proposal).with(as("medan.analis"))).andExpect(status().isNotFound());
		mvc.perform(post(move).with(as("medan.analis")).with(csrf()).param("reason", "x").param("decision", "reject"))
			.andExpect(status().isNotFound());
	}

	@Test
	void resultsAreFilteredByAwardAndByTraining() throws Exception {
		String run = startRun("makassar.analis", "makassar", "");
		long all = rows(run, "");
		String byAward = page(run + "?award=PEGAWAI_TELADAN", "makassar.analis");
		assertThat(byAward).contains("<option value=\"PEGAWAI_TELADAN\" selected=\"selected\"")
			.contains("award=PEGAWAI_TELADAN");
		assertThat(rows(run, "award=PEGAWAI_TELADAN")).isPositive().isLessThan(all);
		String training = byAward.replaceAll("(?s).*?id=\"f-training\".*?<option value=\"([A-Z0-9_]+)\".*", "$1");
		assertThat(rows(run, "training=" + training)).isPositive().isLessThan(all);
		assertThat(page(run + "?award=%3Cscript%3E", "makassar.analis")).doesNotContain("<script>");
		assertThat(rows(run, "award=%3Cscript%3E")).isEqualTo(all);
	}

	/** How many results the run's CSV export holds with the filter. */
	private long rows(String run, String filter) throws Exception {
		MvcResult export = mvc.perform(get(run + "/export?format=csv&" + filter).with(as("makassar.analis")))
			.andReturn();
		return mvc.perform(asyncDispatch(export)).andReturn().getResponse().getContentAsString().lines().count() - 1;
	}

	@Test
	void runsSortOnTheServer() throws Exception {
		startRun("makassar.analis", "makassar", "dinkes");
		startRun("makassar.analis", "makassar", "dpu");
		List<Integer> ascending = numbers(cells(page("/evaluations?sort=EMPLOYEES", "makassar.analis"), "runs", 4));
		assertThat(ascending).hasSizeGreaterThan(1).isSorted();
		String descending = page("/evaluations?sort=EMPLOYEES&desc=true", "makassar.analis");
		assertThat(numbers(cells(descending, "runs", 4))).isSortedAccordingTo(Comparator.reverseOrder())
			.first().isNotEqualTo(ascending.get(0));
		assertThat(descending).contains("aria-sort=\"descending\"").contains("sort=EMPLOYEES&amp;desc=false");
		List<String> newestFirst = cells(page("/evaluations", "makassar.analis"), "runs", 0);
		assertThat(cells(page("/evaluations?sort=STARTED&desc=false", "makassar.analis"), "runs", 0).get(0))
			.isNotEqualTo(newestFirst.get(0));
		assertThat(cells(page("/evaluations?sort=%27%3Bdrop&page=-3", "makassar.analis"), "runs", 0))
			.isEqualTo(newestFirst);
	}

	@Test
	void releasesOfARegionSortAndPageOnItsOverview() throws Exception {
		String file = "policies/tanjungpinang/parameters.yml";
		String content = Files.readString(ROOT.resolve(file));
		for (int i = 1; i <= 2; i++) {
			mvc.perform(post("/policies/tanjungpinang/file?path=" + file).with(as("tanjungpinang.kebijakan")).with(csrf())
				.param("content", content + "\n# tinjauan " + i + "\n").param("comment", "tinjauan " + i)
				.param("action", "publish")).andExpect(status().is3xxRedirection());
		}
		String overview = page("/policies/tanjungpinang", "tanjungpinang.kebijakan");
		List<Integer> newestFirst = numbers(cells(overview, "releases", 0));
		assertThat(newestFirst).hasSizeGreaterThan(2).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(overview).contains("releases.sort=VERSION&amp;releases.desc=false#releases");
		assertThat(numbers(cells(page("/policies/tanjungpinang?releases.sort=VERSION&releases.desc=false",
				"tanjungpinang.kebijakan"), "releases", 0))).isSorted().first().isNotEqualTo(newestFirst.get(0));
		assertThat(cells(page("/policies/tanjungpinang?releases.page=1", "tanjungpinang.kebijakan"), "releases", 0))
			.as("one page holds every release so far").isEmpty();
	}

	/** The text of one column of a table's body, without tags. */
	static List<String> cells(String page, String tableId, int column) {
		Matcher table = Pattern.compile("(?s)<table[^>]*id=\"" + tableId + "\".*?<tbody>(.*?)</tbody>").matcher(page);
		assertThat(table.find()).as("table " + tableId).isTrue();
		List<String> cells = new ArrayList<>();
		for (String row : table.group(1).split("</tr>")) {
			List<String> texts = Pattern.compile("(?s)<td[^>]*>(.*?)</td>").matcher(row).results()
				.map(cell -> HtmlUtils.htmlUnescape(cell.group(1).replaceAll("<[^>]+>", "")).strip()).toList();
			if (texts.size() > column) {
				cells.add(texts.get(column));
			}
		}
		return cells;
	}

	private static List<Integer> numbers(List<String> cells) {
		return cells.stream().map(Integer::valueOf).toList();
	}

	@Test
	void caseTablesAreEditedAsATable() throws Exception {
		String path = "policies/makassar/makassar.cases.csv";
		assertThat(page("/policies/makassar/file?path=" + path, "makassar.kebijakan")).contains("id=\"case-table\"")
			.contains("name=\"text\"").contains("value=\"harapan_predikat\"");
		String added = mvc.perform(post("/policies/makassar/cases?path=" + path).with(as("makassar.kebijakan"))
			.with(csrf()).param("separator", "; ").param("kind", "comment", "header", "row")
			.param("text", "# komentar tetap").param("header", "kasus", "harapan_predikat")
			.param("cell", "<script>alert(1)</script>", "BAIK").param("action", "add"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(added).contains("value=\"# komentar tetap\"").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert").contains("remove:3");
		String refused = mvc.perform(post("/policies/makassar/cases?path=" + path + "&lang=en")
			.with(as("makassar.kebijakan")).with(csrf()).param("separator", "; ").param("kind", "header", "row")
			.param("header", "kasus", "harapan_predikat").param("cell", "typed case", "BAIK").param("comment", "")
			.param("action", "publish")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("A comment is required to publish").contains("value=\"typed case\"")
			.contains("kasus; harapan_predikat\ntyped case; BAIK");
		mvc.perform(post("/policies/makassar/cases?path=" + path).with(as("makassar.analis")).with(csrf())
			.param("action", "add")).andExpect(status().isForbidden());
		mvc.perform(post("/policies/makassar/cases?path=" + path).with(as("makassar.kebijakan"))
			.param("action", "add")).andExpect(status().isForbidden());
	}

}
