package id.kinerja.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

/**
 * Files that must be refused with a clear answer naming row, column, value and reason, writing nothing:
 * bad values of every kind, formulas, the wrong encoding, too large, too many rows or columns, a zip bomb.
 */
class HostileFileTests extends ImportTestBase {

	@BeforeEach
	void staff() {
		parepare();
		if (count() == 0) {
			upload("parepare", "pegawai", "pegawai.csv", file("pegawai.csv"), null, OK);
		}
	}

	@Test
	void everyBadSkpRowIsReportedAndNothingIsWritten() {
		long lines = lines();
		JsonNode problem = upload("parepare", "skp", "skp-salah.csv", withMakassarNip("skp-salah.csv"), null,
				UNPROCESSABLE_CONTENT);
		assertThat(problem.path("detail").asString()).contains("skp-salah.csv").contains("tidak diimpor");
		List<String> found = errors(problem);
		assertThat(found).contains("11 target -5: tidak boleh negatif",
				"5 null 198005102005011001, 2025, PASIEN: kuncinya sama dengan baris 4",
				"6 periode 2024: periode ini belum ada; buka dulu periodenya",
				"7 nip 1,97303E+17: NIP di sel B7 tersimpan sebagai angka, sehingga digitnya hilang; format kolom sebagai"
						+ " Teks dan ketik ulang NIP",
				"8 nip 199912312020121999: tidak ada pegawai dengan NIP ini di wilayah parepare",
				"10 arah ke atas: nilai tidak dikenal; pilihan: naik, turun");
		assertThat(found).anyMatch(e -> e.startsWith("9 nip ") && e.endsWith("pegawai wilayah makassar, bukan wilayah ini"));
		assertThat(found).contains("2 bobot 95: bobot SKP NIP 197303141997022002 periode 2025 berjumlah 95, bukan 100");
		// the duplicate does not count: without it the plan still sums to 70
		assertThat(found).contains("4 bobot 70: bobot SKP NIP 198005102005011001 periode 2025 berjumlah 70, bukan 100");
		assertThat(problem.path("rejected").asInt()).isEqualTo(9);
		assertThat(lines()).isEqualTo(lines);
	}

	@Test
	void badStaffRows() {
		List<String> found = errors(upload("parepare", "pegawai", "pegawai-salah.csv", withMakassarNip("pegawai-salah.csv"),
				null, UNPROCESSABLE_CONTENT));
		assertThat(found).contains("2 nip 197302301997022002: digit 1-8 NIP bukan tanggal lahir YYYYMMDD yang ada",
				"3 nip 199001152015132003: digit 13-14 NIP (bulan pengangkatan) bukan bulan 01-12",
				"4 nip 199001152015031000: digit 16-18 NIP (nomor urut) tidak boleh 000",
				"5 nip 199001152015033003: digit ke-15 NIP (jenis kelamin) harus 1 atau 2",
				"6 kode_opd dinsos: OPD ini tidak ada di wilayah parepare");
		assertThat(found).anyMatch(e -> e.startsWith("7 nip_atasan ") && e.endsWith("pegawai wilayah makassar, bukan wilayah ini"));
		assertThat(found).anyMatch(e -> e.startsWith("8 jenis_jabatan Jabatan Struktural: Jabatan Struktural perlu kolom eselon"));
	}

	@Test
	void scoresOutside1To5AndUnknownAssessors() {
		List<String> found = errors(upload("parepare", "perilaku", "perilaku-salah.csv", file("perilaku-salah.csv"), null,
				UNPROCESSABLE_CONTENT));
		assertThat(found).contains("6 berorientasi_pelayanan 6: harus antara 1 dan 5",
				"5 berorientasi_pelayanan null: isi paling sedikit satu nilai BerAKHLAK (1-5)");
		// two forms of one assessor are two forms (matched in order on the next import), not a duplicate
		assertThat(found).noneMatch(e -> e.startsWith("2 ") || e.startsWith("3 "));
		assertThat(found).anyMatch(e -> e.startsWith("4 penilai KEPALA: nilai tidak dikenal"));
		assertThat(found).contains("4 berorientasi_pelayanan 0,5: harus antara 1 dan 5");
	}

	@Test
	void inEnglishWhenAsked() {
		JsonNode problem = upload("admin", "admin", "en", "parepare", "perilaku", "perilaku-salah.csv",
				file("perilaku-salah.csv"), null, UNPROCESSABLE_CONTENT);
		assertThat(problem.path("detail").asString()).contains("was not imported");
		assertThat(errors(problem)).contains("6 berorientasi_pelayanan 6: must be between 1 and 5");
	}

	@Test
	void theErrorCopyHasEveryRowWithItsReasons() {
		JsonNode problem = upload("parepare", "perilaku", "perilaku-salah.csv", file("perilaku-salah.csv"), null,
				UNPROCESSABLE_CONTENT);
		String copy = new String(download(problem.path("errorFile").asString()), StandardCharsets.UTF_8);
		List<String> rows = copy.lines().toList();
		assertThat(rows).hasSize(6);
		assertThat(rows.get(0)).startsWith("\uFEFFperiode;nip;").endsWith(";kesalahan");
		assertThat(rows.get(1)).endsWith(";4;4;4;4;4;4;4;");
		assertThat(rows.get(3)).contains("penilai: nilai tidak dikenal");
		assertThat(rows.get(5)).contains("berorientasi_pelayanan: harus antara 1 dan 5");
	}

	@Test
	void formulasAreReadAndFlaggedNeverEvaluated() {
		List<String> found = errors(upload("parepare", "skp", "skp-rumus.xlsx", file("skp-rumus.xlsx"), null,
				UNPROCESSABLE_CONTENT));
		assertThat(found).anyMatch(e -> e.startsWith("3 bobot ") && e.contains("sel E3 berisi rumus"));
		assertThat(found).anyMatch(e -> e.startsWith("2 nip 1.97303141997022") && e.contains("NIP di sel B2 tersimpan sebagai angka"));
	}

	@Test
	void theWrongEncodingIsRefused() {
		List<String> found = errors(upload("parepare", "opd", "opd-latin1.csv", file("opd-latin1.csv"), null,
				UNPROCESSABLE_CONTENT));
		assertThat(found).containsExactly(
				"0 null opd-latin1.csv: berkas bukan teks UTF-8; simpan sebagai \"CSV UTF-8\" atau unggah XLSX");
	}

	@Test
	void tooLargeIs413WhileItIsRead() {
		byte[] large = ("kode_opd;nama_opd\n" + "dinkes;Dinas Kesehatan\n".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
		upload("admin", "admin", null, "parepare", "opd", "besar.csv", large, null, CONTENT_TOO_LARGE);
	}

	@Test
	void tooManyRowsOrColumns() {
		StringBuilder rows = new StringBuilder("tahun;nip;jp;kegiatan\n");
		for (int i = 0; i < 2001; i++) {
			rows.append("2025;198005102005011001;1;Kegiatan ").append(i).append('\n');
		}
		assertThat(errors(upload("parepare", "jp", "banyak.csv", rows.toString().getBytes(StandardCharsets.UTF_8), null,
				UNPROCESSABLE_CONTENT))).containsExactly("0 null banyak.csv: lebih dari 2000 baris; bagi berkasnya");
		String wide = "kode_opd;nama_opd" + ";x".repeat(60) + "\n";
		assertThat(errors(upload("parepare", "opd", "lebar.csv", wide.getBytes(StandardCharsets.UTF_8), null,
				UNPROCESSABLE_CONTENT))).containsExactly("0 null lebar.csv: 62 kolom, lebih dari batas 60");
	}

	@Test
	void anXlsxThatUnpacksToTooMuchIsRefusedUnread() throws IOException {
		assertThat(errors(upload("parepare", "opd", "bom.xlsx", zipBomb(), null, UNPROCESSABLE_CONTENT)))
			.singleElement().asString().startsWith("0 null bom.xlsx: berkas XLSX terurai jauh melebihi ukurannya");
	}

	@Test
	void exportsAreSafeAgainstFormulaInjection() {
		upload("parepare", "opd", "opd-rumus.csv", file("opd-rumus.csv"), null, OK);
		String csv = new String(download("/api/v1/regions/parepare/exports/opd"), StandardCharsets.UTF_8);
		assertThat(csv).contains("bapenda;\"'=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"Badan Pendapatan\"\")\"");
	}

	/** An XLSX whose sheet is 30 MB of blank rows packed into a few dozen KB. */
	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
					+ "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
					+ "package.relationships+xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
					+ "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/"
					+ "worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
					+ "worksheet+xml\"/></Types>");
			entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
					+ "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
					+ "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
					+ "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
					+ "relationships\"><sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
					+ "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
					+ "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
					+ "</Relationships>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] blank = " ".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 30; i++) {
				zip.write(blank);
			}
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** Each error as "row column value: message". */
	private static List<String> errors(JsonNode problem) {
		List<String> errors = new java.util.ArrayList<>();
		problem.path("errors").forEach(e -> errors.add(e.path("row").asInt() + " " + text(e.path("column")) + " "
				+ text(e.path("value")) + ": " + e.path("message").asString()));
		return errors;
	}

	private static String text(JsonNode node) {
		return node.isNull() || node.isMissingNode() ? "null" : node.asString();
	}

	/** The file with a NIP of a Makassar employee where it says {makassar-nip}. */
	private byte[] withMakassarNip(String name) {
		String nip = jdbc.queryForObject("select min(e.nip) from employee e join agency a on a.id = e.agency_id"
				+ " where a.region_id = 'makassar'", String.class);
		return new String(file(name), StandardCharsets.UTF_8).replace("{makassar-nip}", nip).getBytes(StandardCharsets.UTF_8);
	}

	private long lines() {
		return jdbc.queryForObject("select count(*) from skp_line", Long.class);
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from employee e join agency a on a.id = e.agency_id"
				+ " where a.region_id = 'parepare'", Integer.class);
	}

}
