package id.kinerja.imports;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

/**
 * A new region's data brought in from the files under {@code src/test/resources/import}, as offices have
 * them: every kind, CSV and XLSX, canonical headers and SIASN's, then an official run on it. NIPs are
 * unique across regions, so the steps share Kota Parepare's employees in this order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportApiTests extends ImportTestBase {

	@BeforeEach
	void region() {
		parepare();
	}

	@Test
	@Order(1)
	void aRegionGoesLiveOnItsOwnFiles() {
		int before = count("employee e join agency a on a.id = e.agency_id where a.region_id = 'parepare'");
		JsonNode staff = upload("parepare", "pegawai", "pegawai.csv", file("pegawai.csv"), "dryRun=true", OK);
		assertThat(staff.path("outcome").asString()).isEqualTo("CHECKED");
		assertThat(taken(staff)).isEqualTo(6);
		assertThat(staff.path("ignoredColumns")).extracting(JsonNode::asString).containsExactly("catatan");
		assertThat(count("employee e join agency a on a.id = e.agency_id where a.region_id = 'parepare'"))
			.isEqualTo(before);

		assertThat(taken(upload("parepare", "pegawai", "pegawai.csv", file("pegawai.csv"), null, OK))).isEqualTo(6);
		assertThat(taken(upload("parepare", "skp", "skp.xlsx", file("skp.xlsx"), null, OK))).isEqualTo(9);
		assertThat(taken(upload("parepare", "perilaku", "perilaku.csv", file("perilaku.csv"), null, OK))).isEqualTo(10);
		upload("parepare", "rating", "rating.csv", file("rating.csv"), null, OK);
		upload("parepare", "predikat_organisasi", "predikat_organisasi.csv", file("predikat_organisasi.csv"), null, OK);
		upload("parepare", "ikm", "ikm.csv", file("ikm.csv"), null, OK);
		upload("parepare", "masukan_warga", "masukan_warga.csv", file("masukan_warga.csv"), null, OK);
		upload("parepare", "jp", "jp.csv", file("jp.csv"), null, OK);

		JsonNode run = http.post("/api/v1/evaluations", Map.of("region", "parepare", "period", "2025"), CREATED);
		assertThat(run.path("employees").asInt()).isEqualTo(6);
		JsonNode siti = http.get("/api/v1/evaluations/" + run.path("id").asLong() + "/results/197303141997022002", OK);
		// Siti heads dinkes: the unit's Baik rating is her work result, over the official's Di Atas
		assertThat(siti.path("workResultRating").asString()).isEqualTo("SESUAI_EKSPEKTASI");
		// the official's feedback for the period, kept with the ratings, comes with the result
		assertThat(siti.path("supervisorFeedback").asString())
			.isEqualTo("Waktu tunggu pasien turun, pertahankan dan bimbing perawat baru.");
		assertThat(http.get("/api/v1/evaluations/" + run.path("id").asLong() + "/results/199001152015032003", OK)
			.path("supervisorFeedback")
			.isString()).isFalse();
	}

	@Test
	@Order(2)
	void forumsAndSocialMediaAreCountedAsComplaintsAndSuggestionsNotAsAnIkm() {
		upload("parepare", "pegawai", "pegawai.csv", file("pegawai.csv"), null, OK);
		String forum = "periode;kode_opd;nilai;layanan;kanal;responden\n2025;dinkes;79;Pengaduan;MEDIA_SOSIAL;35\n";
		JsonNode refused = upload("parepare", "ikm", "ikm-forum.csv", forum.getBytes(StandardCharsets.UTF_8), null,
				UNPROCESSABLE_CONTENT);
		assertThat(refused.path("errors").get(0).path("message").asString())
			.startsWith("IKM hanya dari survei kepuasan").contains("masukan_warga");
		String survey = "periode;kode_opd;layanan;kanal;keluhan;saran\n2025;dinkes;Puskesmas;SURVEI;1;2\n";
		assertThat(upload("parepare", "masukan_warga", "survei.csv", survey.getBytes(StandardCharsets.UTF_8), null,
				UNPROCESSABLE_CONTENT).path("errors").get(0).path("column").asString()).isEqualTo("kanal");

		upload("parepare", "masukan_warga", "masukan_warga.csv", file("masukan_warga.csv"), null, OK);
		assertThat(jdbc.queryForList("select i.channel, i.complaints, i.suggestions from citizen_input i join agency a"
				+ " on a.id = i.agency_id where a.region_id = 'parepare' and i.period_code = '2025' order by i.id"))
			.extracting(row -> row.get("CHANNEL") + " " + row.get("COMPLAINTS") + " " + row.get("SUGGESTIONS"))
			.containsExactly("MEDIA_SOSIAL 12 23", "FORUM 4 9");
	}

	@Test
	@Order(3)
	void theSameFileTwiceChangesNothing() {
		upload("parepare", "pegawai", "pegawai.csv", file("pegawai.csv"), null, OK);
		for (String[] kind : new String[][] { { "skp", "skp.xlsx" }, { "perilaku", "perilaku.csv" },
				{ "ikm", "ikm.csv" }, { "masukan_warga", "masukan_warga.csv" }, { "jp", "jp.csv" } }) {
			upload("parepare", kind[0], kind[1], file(kind[1]), null, OK);
			JsonNode again = upload("parepare", kind[0], kind[1], file(kind[1]), null, OK);
			assertThat(again.path("created").asInt() + again.path("updated").asInt()).as(kind[0]).isZero();
			assertThat(again.path("unchanged").asInt()).as(kind[0]).isEqualTo(again.path("rows").asInt());
		}
		JsonNode siasn = upload("parepare", "pegawai", "pegawai-siasn.xlsx", file("pegawai-siasn.xlsx"), null, OK);
		assertThat(siasn.path("ignoredColumns")).extracting(JsonNode::asString).containsExactly("KEDUDUKAN HUKUM NAMA");
		assertThat(siasn.path("unchanged").asInt()).isEqualTo(2);
	}

	@Test
	@Order(3)
	void replaceRemovesWhatTheFileLeavesOutOfItsPeriodOnly() {
		upload("parepare", "pegawai", "pegawai.csv", file("pegawai.csv"), null, OK);
		upload("parepare", "skp", "skp.xlsx", file("skp.xlsx"), null, OK);
		String one = "periode;nip;kode_indikator;uraian;bobot;target;realisasi;arah\n"
				+ "2025;199001152015032003;DOKUMEN;Dokumen administrasi selesai;100;240;200;naik\n";
		JsonNode dry = upload("parepare", "skp", "skp-satu.csv", one.getBytes(StandardCharsets.UTF_8),
				"mode=replace&dryRun=true", OK);
		assertThat(dry.path("removed").asInt()).isEqualTo(8);
		assertThat(dry.path("updated").asInt()).isEqualTo(1);
		assertThat(count("skp_line x join employee e on e.id = x.employee_id where e.nip like '19%' and x.period_code = '2025'"
				+ " and e.agency_id in (select id from agency where region_id = 'parepare')")).isEqualTo(9);
		JsonNode applied = upload("parepare", "skp", "skp-satu.csv", one.getBytes(StandardCharsets.UTF_8), "mode=replace",
				OK);
		assertThat(applied.path("removed").asInt()).isEqualTo(8);
		upload("parepare", "skp", "skp.xlsx", file("skp.xlsx"), null, OK);
	}

	@Test
	void aModerateSanctionIsRememberedAfterALaterFileNoLongerHasIt() {
		String nurul = "199001152015032003";
		String staff = new String(file("pegawai.csv"), StandardCharsets.UTF_8);
		upload("parepare", "pegawai", "pegawai-sedang.csv",
				staff.replace("tidak,RINGAN,", "tidak,SEDANG,").getBytes(StandardCharsets.UTF_8), null, OK);
		upload("parepare", "pegawai", "pegawai.csv", file("pegawai.csv"), null, OK);
		try {
			assertThat(jdbc.queryForObject("select sanction from employee where nip = ?", String.class, nurul))
				.isEqualTo("RINGAN");
			assertThat(jdbc.queryForObject("select heavy_sanction_ever from employee where nip = ?", Boolean.class,
					nurul)).isTrue();
		}
		finally {
			jdbc.update("update employee set heavy_sanction_ever = false where nip = ?", nurul);
		}
	}

	@Test
	void importingNeedsItsOwnPermissionInTheRegion() {
		upload("makassar.analis", "makassar.analis", null, "parepare", "opd", "opd.csv", file("opd.csv"), null,
				FORBIDDEN);
		upload("medan.kebijakan", "medan.kebijakan", null, "medan", "opd", "opd.csv", file("opd.csv"), null, FORBIDDEN);
		JsonNode own = upload("makassar.analis", "makassar.analis", null, "makassar", "opd", "opd.csv", file("opd.csv"),
				"dryRun=true", OK);
		assertThat(own.path("unchanged").asInt()).isEqualTo(1);
		assertThat(own.path("updated").asInt()).isEqualTo(1);
	}

	@Test
	void keepsEveryImportInItsHistoryAndTheAuditLog() {
		JsonNode done = upload("parepare", "opd", "opd.csv", file("opd.csv"), null, OK);
		JsonNode history = http.get("/api/v1/regions/parepare/imports?size=5", OK);
		JsonNode latest = history.path("content").get(0);
		assertThat(latest.path("id").asLong()).isEqualTo(done.path("id").asLong());
		assertThat(latest.path("sha256").asString()).hasSize(64).isEqualTo(done.path("sha256").asString());
		assertThat(latest.path("importedBy").asString()).isEqualTo("admin");
		JsonNode audit = http.get("/api/v1/audit?action=DATA_IMPORTED&region=parepare", OK);
		assertThat(audit.path("content").get(0).path("detail").asString()).contains(done.path("sha256").asString());
	}

	@Test
	void templatesPerKindAsCsvAndXlsx() {
		String csv = new String(download("/api/v1/imports/templates/skp?format=csv"), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFperiode;nip;kode_indikator;uraian;bobot;target;realisasi;arah");
		byte[] xlsx = download("/api/v1/imports/templates/predikat_organisasi?format=xlsx");
		assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		http.get("/api/v1/imports/templates/gaji", org.springframework.http.HttpStatus.BAD_REQUEST);
	}

	/** Rows the file holds that end up stored: new, changed or already there. */
	private static int taken(JsonNode result) {
		return result.path("created").asInt() + result.path("updated").asInt() + result.path("unchanged").asInt();
	}

	private int count(String from) {
		return jdbc.queryForObject("select count(*) from " + from, Integer.class);
	}

}
