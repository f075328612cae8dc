package id.kinerja.recommendation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the demo course catalogue with the demo data, when the catalogue is empty: one course or more for
 * every training need the rule files of the demo regions give.
 */
@Component
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoCourses {

	private static final Logger log = LoggerFactory.getLogger(DemoCourses.class);

	private static final String MANAJERIAL = "MANAJERIAL";

	private static final String SOSIOKULTURAL = "SOSIOKULTURAL";

	private static final String TEKNIS = "TEKNIS";

	private static final String FUNGSIONAL = "FUNGSIONAL";

	private static final String BKPSDM = "BKPSDM";

	private static final String LAN = "LAN RI (ASN Unggul)";

	static final List<Course> CATALOGUE = List.of(
			course("COACHING-KINERJA", "Coaching dan Mentoring Kinerja", 16, MANAJERIAL, 1, BKPSDM,
					"PENINGKATAN_KINERJA"),
			course("SKP-BERBASIS-HASIL", "Penyusunan dan Evaluasi SKP Berbasis Hasil", 8, TEKNIS, 3, BKPSDM,
					"PENINGKATAN_KINERJA"),
			course("PELAYANAN-PRIMA", "Pelatihan Pelayanan Publik Prima", 16, TEKNIS, 2, "BPSDM Provinsi",
					"PELAYANAN_PUBLIK", "BERAKHLAK_BERORIENTASI_PELAYANAN"),
			course("BERAKHLAK-PELAYANAN", "Budaya Melayani: Berorientasi Pelayanan", 8, SOSIOKULTURAL, 2, LAN,
					"BERAKHLAK_BERORIENTASI_PELAYANAN"),
			course("BERAKHLAK-AKUNTABEL", "Integritas dan Akuntabilitas ASN", 8, SOSIOKULTURAL, 2, LAN,
					"BERAKHLAK_AKUNTABEL"),
			course("BERAKHLAK-KOMPETEN", "Belajar Mandiri dan Peningkatan Kompetensi Diri", 8, SOSIOKULTURAL, 2, LAN,
					"BERAKHLAK_KOMPETEN"),
			course("BERAKHLAK-HARMONIS", "Membangun Lingkungan Kerja yang Harmonis", 8, SOSIOKULTURAL, 2, LAN,
					"BERAKHLAK_HARMONIS"),
			course("BERAKHLAK-LOYAL", "Wawasan Kebangsaan dan Loyalitas ASN", 8, SOSIOKULTURAL, 2, LAN,
					"BERAKHLAK_LOYAL"),
			course("BERAKHLAK-ADAPTIF", "Adaptif terhadap Perubahan dan Inovasi", 8, SOSIOKULTURAL, 2, LAN,
					"BERAKHLAK_ADAPTIF"),
			course("BERAKHLAK-KOLABORATIF", "Kolaborasi dan Kerja Tim Lintas Unit", 8, SOSIOKULTURAL, 2, LAN,
					"BERAKHLAK_KOLABORATIF"),
			course("PEDAGOGI-ASESMEN", "Pedagogi dan Asesmen Pembelajaran", 24, FUNGSIONAL, 2, "Kemendikdasmen",
					"PEDAGOGI_GURU"),
			course("PENGELOLAAN-KELAS", "Pengelolaan Kelas dan Pembelajaran Berdiferensiasi", 16, FUNGSIONAL, 4,
					"Kemendikdasmen", "PEDAGOGI_GURU"),
			course("LITERASI-DIGITAL", "Literasi Digital dan Keamanan Informasi", 16, TEKNIS, 3, "Komdigi",
					"TEKNOLOGI_INFORMASI", "BERAKHLAK_ADAPTIF"),
			course("SPBE-DATA", "Pengelolaan Data dan Aplikasi SPBE", 24, TEKNIS, 4, "Komdigi", "TEKNOLOGI_INFORMASI"),
			course("IMUNISASI-PUSKESMAS", "Pelatihan Imunisasi bagi Tenaga Kesehatan Puskesmas", 24, TEKNIS, 2,
					"Bapelkes Kemenkes", "LAYANAN_IMUNISASI_PUSKESMAS"),
			course("PERBAIKAN-ANGKUTAN", "Perencanaan Perbaikan Layanan Angkutan Umum", 16, TEKNIS, 2,
					"BPSDM Perhubungan", "PERBAIKAN_LAYANAN_ANGKUTAN"),
			course("E-LEARNING-KOMPETENSI", "Pembelajaran Mandiri Kompetensi Teknis Jabatan (e-learning)", 20,
					TEKNIS, 4, LAN, "PENGEMBANGAN_KOMPETENSI"),
			course("KEPEMIMPINAN-PENGAWAS", "Pelatihan Kepemimpinan Pengawas", 24, MANAJERIAL, 5, "BPSDM Provinsi",
					"PENGEMBANGAN_KARIER"),
			course("MANAJEMEN-TALENTA", "Pengembangan Karier dan Manajemen Talenta ASN", 16, MANAJERIAL, 5, BKPSDM,
					"PENGEMBANGAN_KARIER"));

	private final Courses courses;

	DemoCourses(Courses courses) {
		this.courses = courses;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void write() {
		if (courses.count() > 0) {
			log.info("Demo course catalogue not written: courses already exist");
			return;
		}
		courses.add(CATALOGUE);
		log.info("Demo course catalogue written: {} courses", CATALOGUE.size());
	}

	private static Course course(String code, String name, int jp, String category, int priority, String provider,
			String... needs) {
		return new Course(code, name, jp, category, priority, provider, List.of(needs));
	}

}
