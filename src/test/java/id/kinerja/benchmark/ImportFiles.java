package id.kinerja.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The files an office would upload for a city of N employees in ten agencies: agencies, staff, five SKP
 * lines and three behaviour forms (supervisor, self, a peer) per employee, as semicolon CSV with decimal
 * commas. NIPs are valid and unique: birth date from the index, sequence from the index.
 */
final class ImportFiles {

	static final int AGENCIES = 10;

	final Path folder;

	final Path opd;

	final Path staff;

	final Path skp;

	final Path forms;

	private ImportFiles(Path folder) {
		this.folder = folder;
		this.opd = folder.resolve("opd.csv");
		this.staff = folder.resolve("pegawai.csv");
		this.skp = folder.resolve("skp.csv");
		this.forms = folder.resolve("perilaku.csv");
	}

	static ImportFiles write(int employees, String period) {
		try {
			ImportFiles files = new ImportFiles(Files.createTempDirectory("kinerja-import-bench"));
			files.writeAll(employees, period);
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeAll(int employees, String period) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(opd, StandardCharsets.UTF_8)) {
			out.write("kode_opd;nama_opd\n");
			for (int a = 0; a < AGENCIES; a++) {
				out.write("opd-" + a + ";Organisasi Perangkat Daerah " + a + "\n");
			}
		}
		try (BufferedWriter staffOut = Files.newBufferedWriter(staff, StandardCharsets.UTF_8);
				BufferedWriter skpOut = Files.newBufferedWriter(skp, StandardCharsets.UTF_8);
				BufferedWriter formsOut = Files.newBufferedWriter(forms, StandardCharsets.UTF_8)) {
			staffOut.write("nip;nama;kode_opd;jenis_jabatan;nama_jabatan;jenjang;golongan;status;nip_atasan;kepala_unit\n");
			skpOut.write("periode;nip;kode_indikator;uraian;bobot;target;realisasi;arah\n");
			formsOut.write("periode;nip;penilai;nip_penilai;berorientasi_pelayanan;akuntabel;kompeten;harmonis;loyal;"
					+ "adaptif;kolaboratif\n");
			for (int i = 0; i < employees; i++) {
				String nip = nip(i);
				int agency = i % AGENCIES;
				boolean head = i < AGENCIES;
				String supervisor = head ? "" : nip(agency);
				staffOut.write(nip + ";Pegawai " + i + ";opd-" + agency + ";" + (head ? "JPT;Kepala;" : "PELAKSANA;Staf;")
						+ ";III/" + (char) ('a' + i % 4) + ";PNS;" + supervisor + ";" + (head ? "ya" : "tidak") + "\n");
				for (int l = 1; l <= 5; l++) {
					skpOut.write(period + ";" + nip + ";IKU_" + l + ";Indikator kinerja " + l + ";20;" + (100 + l) + ";"
							+ (95 + (i + l) % 20) + "," + (i % 10) + ";" + (l == 5 ? "turun" : "naik") + "\n");
				}
				String score = (3 + i % 3) + ";4;4,5;" + (3 + (i + 1) % 3) + ";4;4;3,5\n";
				formsOut.write(period + ";" + nip + ";ATASAN;" + (head ? "" : supervisor) + ";" + score);
				formsOut.write(period + ";" + nip + ";DIRI;" + nip + ";" + score);
				formsOut.write(period + ";" + nip + ";REKAN;" + nip(i == 0 ? 1 : i - 1) + ";" + score);
			}
		}
	}

	/** A valid, unique NIP for an index: born 1965 on, appointed at 25, sequence 001-999. */
	static String nip(int index) {
		LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(index / 999);
		int sequence = index % 999 + 1;
		return String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
				birth.getYear() + 25, 1 + index % 12, 1 + index % 2, sequence);
	}

	long bytes() throws IOException {
		return Files.size(staff) + Files.size(skp) + Files.size(forms);
	}

}
