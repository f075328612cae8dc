package id.kinerja.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import id.kinerja.appraisal.Aspect;
import id.kinerja.appraisal.Channel;
import id.kinerja.demo.AgencySpec.FunctionalTitle;
import id.kinerja.staff.RegionKind;
import id.kinerja.staff.TimeZoneName;

import static id.kinerja.appraisal.Aspect.BIAYA;
import static id.kinerja.appraisal.Aspect.KUALITAS;
import static id.kinerja.appraisal.Aspect.KUANTITAS;
import static id.kinerja.appraisal.Aspect.WAKTU;

/** The four seed regions, their agencies and indicators, following the practices in docs/domain.md. */
final class Catalogue {

	/**
	 * What differs per region: name origins (percent per {@link Names.Origin}), share of employees with peer
	 * (360) appraisal, feedback channels, and one region-wide indicator from its documents.
	 */
	record Profile(int ordinal, int[] nameMix, double peerShare, List<Channel> channels, IndicatorSpec regionIndicator) {
	}

	private static final Boolean ALL = null;

	private static final IndicatorSpec SERAPAN = ind("SERAPAN_ANGGARAN", "Serapan anggaran kegiatan", BIAYA, "%", 95,
			true, false, 2, false);

	/** Built on demand: the agencies below are initialised after this point. */
	static List<RegionSpec> regions() {
		return List.of(
			region("makassar", "7371", "Kota Makassar", RegionKind.KOTA, "Sulawesi Selatan", TimeZoneName.WITA, 1200),
			region("mamuju", "7604", "Kabupaten Mamuju", RegionKind.KABUPATEN, "Sulawesi Barat", TimeZoneName.WITA, 500),
			region("medan", "1275", "Kota Medan", RegionKind.KOTA, "Sumatera Utara", TimeZoneName.WIB, 1400),
			region("tanjungpinang", "2172", "Kota Tanjungpinang", RegionKind.KOTA, "Kepulauan Riau", TimeZoneName.WIB, 600));
	}

	static final Map<String, Profile> PROFILES = Map.of(
			// Makassar: periodic IKU such as completion time of administrative services, 360 for everybody
			"makassar", new Profile(0, new int[] { 60, 5, 10, 10, 15 }, 1.0, List.of(Channel.SURVEI),
					ind("WAKTU_LAYANAN_ADMINISTRASI", "Waktu penyelesaian layanan administrasi", WAKTU, "hari", 3,
							false, false, 1, false, true)),
			// Mamuju: IKU aligned with the regional vision and mission
			"mamuju", new Profile(1, new int[] { 25, 0, 55, 5, 15 }, 0.4, List.of(Channel.SURVEI),
					ind("PROGRAM_PRIORITAS", "Program prioritas visi-misi daerah terlaksana", KUANTITAS, "%", 90, true,
							false, 2, false)),
			// Medan: citizens' feedback used in the evaluation
			"medan", new Profile(2, new int[] { 5, 55, 0, 20, 20 }, 0.4,
					List.of(Channel.SURVEI, Channel.FORUM, Channel.MEDIA_SOSIAL),
					ind("KEPUASAN_MASYARAKAT", "Indeks kepuasan masyarakat atas layanan", KUALITAS, "indeks", 82,
							true, false, 2, false)),
			// Tanjungpinang: from service speed to citizen satisfaction, forums and social media
			"tanjungpinang", new Profile(3, new int[] { 10, 15, 0, 55, 20 }, 0.4,
					List.of(Channel.SURVEI, Channel.FORUM, Channel.MEDIA_SOSIAL),
					ind("KECEPATAN_LAYANAN", "Waktu rata-rata pelayanan publik", WAKTU, "menit", 45, false, false, 1,
							false)));

	private Catalogue() {
	}

	private static RegionSpec region(String id, String bps, String name, RegionKind kind, String province,
			TimeZoneName timeZone, int employees) {
		List<AgencySpec> agencies = new ArrayList<>(AGENCIES);
		agencies.sort(Comparator.comparing(AgencySpec::code));
		return new RegionSpec(id, bps, name, kind, province, timeZone, employees, List.copyOf(agencies));
	}

	private static final List<AgencySpec> AGENCIES = List.of(
			new AgencySpec("bappeda", "Badan Perencanaan Pembangunan Daerah", "Kepala Badan", 7, 0.4,
					List.of(new FunctionalTitle("Perencana", true, 1)),
					List.of(ind("DOKUMEN_RENCANA", "Dokumen perencanaan disahkan tepat waktu", KUANTITAS, "dokumen", 8,
							true, true, 0, ALL),
							ind("IKU_SELARAS", "IKU perangkat daerah selaras dengan RPJMD", KUALITAS, "%", 90, true,
									false, 2, ALL),
							ind("MUSRENBANG", "Usulan musrenbang ditindaklanjuti", KUANTITAS, "%", 70, true, false, 2,
									true),
							SERAPAN),
					List.of("Konsultasi perencanaan pembangunan", "Musrenbang kelurahan")),
			new AgencySpec("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kepala Badan", 6, 0.4,
					List.of(new FunctionalTitle("Analis SDM Aparatur", true, 3),
							new FunctionalTitle("Asesor SDM Aparatur", true, 1)),
					List.of(ind("LAYANAN_KEPEGAWAIAN_HARI", "Hari penyelesaian layanan kepegawaian", WAKTU, "hari", 5,
							false, false, 1, ALL, true),
							ind("ASN_20JP", "ASN yang memenuhi 20 JP pengembangan kompetensi", KUANTITAS, "%", 80, true,
									false, 2, ALL),
							ind("SKP_TEPAT_WAKTU", "SKP pegawai dinilai tepat waktu", WAKTU, "%", 95, true, false, 2,
									true),
							ind("USULAN_KENAIKAN_PANGKAT", "Usulan kenaikan pangkat diproses", KUANTITAS, "berkas",
									400, true, true, 0, true),
							SERAPAN),
					List.of("Layanan kenaikan pangkat", "Layanan pensiun", "Layanan mutasi pegawai")),
			new AgencySpec("dinkes", "Dinas Kesehatan", "Kepala Dinas", 18, 0.7,
					List.of(new FunctionalTitle("Perawat", false, 5), new FunctionalTitle("Bidan", false, 3),
							new FunctionalTitle("Dokter", true, 2),
							new FunctionalTitle("Pranata Laboratorium Kesehatan", false, 1)),
					List.of(ind("PASIEN_DILAYANI", "Jumlah pasien yang dilayani", KUANTITAS, "pasien", 2400, true,
							true, 0, true),
							ind("WAKTU_TUNGGU", "Rata-rata waktu tunggu pasien", WAKTU, "menit", 30, false, false, 1,
									ALL),
							ind("KEPUASAN_PASIEN", "Indeks kepuasan pasien", KUALITAS, "indeks", 85, true, false, 2,
									ALL),
							ind("IMUNISASI_LENGKAP", "Cakupan imunisasi dasar lengkap", KUANTITAS, "%", 95, true, false,
									2, true),
							ind("LAPORAN_SPM", "Laporan capaian SPM kesehatan tepat waktu", WAKTU, "laporan", 12, true,
									true, 0, false),
							SERAPAN),
					List.of("Pelayanan puskesmas", "Pelayanan rumah sakit daerah", "Layanan ambulans gawat darurat",
							"Imunisasi")),
			new AgencySpec("disdik", "Dinas Pendidikan", "Kepala Dinas", 42, 0.85,
					List.of(new FunctionalTitle("Guru", true, 1)),
					List.of(ind("NILAI_UJIAN", "Rata-rata nilai ujian peserta didik", KUALITAS, "nilai", 75, true,
							false, 2, true),
							ind("PRAKTIK_KELAS", "Skor observasi pengelolaan kelas dan interaksi dengan peserta didik",
									KUALITAS, "skor", 80, true, false, 2, true),
							ind("JAM_MENGAJAR", "Jam tatap muka mengajar", KUANTITAS, "jam", 960, true, true, 0, true),
							ind("PELATIHAN_GURU", "Jam pelatihan guru yang diikuti", KUANTITAS, "JP", 40, true, true, 0,
									true),
							ind("GURU_SERTIFIKASI", "Guru bersertifikat pendidik", KUANTITAS, "%", 70, true, false, 2,
									false),
							ind("DAPODIK_VALID", "Sekolah dengan data Dapodik valid", KUALITAS, "%", 95, true, false,
									2, false),
							SERAPAN),
					List.of("Penerimaan peserta didik baru", "Layanan legalisir ijazah", "Bantuan operasional sekolah")),
			new AgencySpec("dishub", "Dinas Perhubungan", "Kepala Dinas", 8, 0.35,
					List.of(new FunctionalTitle("Penguji Kendaraan Bermotor", false, 2),
							new FunctionalTitle("Pengawas Keselamatan Transportasi", true, 1)),
					List.of(ind("KECELAKAAN", "Jumlah kecelakaan lalu lintas di ruas binaan", KUANTITAS, "kejadian",
							40, false, true, 0, ALL, true),
							ind("LAYANAN_ANGKUTAN", "Trayek angkutan umum yang terlayani", KUANTITAS, "trayek", 25,
									true, false, 0, ALL),
							ind("UJI_KIR", "Kendaraan yang lulus uji berkala", KUANTITAS, "kendaraan", 3000, true, true,
									0, true),
							ind("WAKTU_UJI_KIR", "Waktu layanan uji kendaraan bermotor", WAKTU, "menit", 60, false,
									false, 1, true),
							ind("TITIK_MACET", "Titik kemacetan yang tertangani", KUANTITAS, "titik", 12, true, true, 0,
									false),
							SERAPAN),
					List.of("Angkutan umum", "Uji kendaraan bermotor", "Perparkiran")),
			new AgencySpec("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Kepala Dinas", 8, 0.4,
					List.of(new FunctionalTitle("Administrator Database Kependudukan", true, 1),
							new FunctionalTitle("Pranata Komputer", false, 1)),
					List.of(ind("HARI_DOKUMEN", "Hari penyelesaian dokumen kependudukan", WAKTU, "hari", 3, false,
							false, 1, ALL, true),
							ind("EKTP", "Penduduk wajib KTP yang memiliki e-KTP", KUANTITAS, "%", 97, true, false, 2,
									ALL),
							ind("AKTA_LAHIR", "Anak yang memiliki akta kelahiran", KUANTITAS, "%", 90, true, false, 2,
									false),
							ind("DOKUMEN_TERBIT", "Dokumen kependudukan diterbitkan", KUANTITAS, "dokumen", 6000, true,
									true, 0, true),
							SERAPAN),
					List.of("Penerbitan KTP elektronik", "Kartu keluarga", "Akta kelahiran", "Pindah datang")),
			new AgencySpec("dpu", "Dinas Pekerjaan Umum", "Kepala Dinas", 11, 0.35,
					List.of(new FunctionalTitle("Teknik Jalan dan Jembatan", true, 2),
							new FunctionalTitle("Pengawas Bangunan", false, 1)),
					List.of(ind("JALAN_BAIK", "Jalan dalam kondisi baik", KUALITAS, "%", 75, true, false, 2, ALL),
							ind("PROYEK_SELESAI", "Proyek infrastruktur selesai tepat waktu", WAKTU, "%", 90, true,
									false, 2, ALL),
							ind("HARI_PENYELESAIAN_PROYEK", "Rata-rata hari penyelesaian proyek", WAKTU, "hari", 180,
									false, false, 0, ALL),
							ind("DRAINASE", "Saluran drainase yang dibangun", KUANTITAS, "km", 12, true, true, 2, true),
							SERAPAN),
					List.of("Perbaikan jalan", "Penanganan banjir dan drainase", "Izin bangunan")));

	static IndicatorSpec ind(String code, String name, Aspect aspect, String unit, double target, boolean higher,
			boolean scales, int decimals, Boolean functional) {
		return new IndicatorSpec(code, name, aspect, unit, target, higher, scales, decimals, functional, false);
	}

	static IndicatorSpec ind(String code, String name, Aspect aspect, String unit, double target, boolean higher,
			boolean scales, int decimals, Boolean functional, boolean zeroable) {
		return new IndicatorSpec(code, name, aspect, unit, target, higher, scales, decimals, functional, zeroable);
	}

}
