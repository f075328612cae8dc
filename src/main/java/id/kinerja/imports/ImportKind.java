package id.kinerja.imports;

import java.util.Arrays;
import java.util.List;

import static id.kinerja.imports.Column.optional;
import static id.kinerja.imports.Column.required;

/**
 * What a file holds, one kind per file, with its columns: canonical headers first, then the names used by
 * e-Kinerja and SIASN exports (see docs/import.md for where each alias comes from).
 */
public enum ImportKind {

	OPD(Scope.REGION, required("kode_opd", "kode_unor", "unor_id", "kode_satker"),
			required("nama_opd", "unor_nama", "nama_unor", "satuan_kerja_nama", "nama_satker", "unit_kerja")),
	PEGAWAI(Scope.REGION, required("nip", "nip_baru", "nip_asn"), required("nama", "nama_pegawai", "nama_lengkap"),
			required("kode_opd", "kode_unor", "unor_id"),
			required("jenis_jabatan", "jenis_jabatan_nama", "jenis_jabatan_id"),
			required("nama_jabatan", "jabatan_nama", "jabatan"), optional("jenjang", "jenjang_jabatan"),
			required("golongan", "gol_akhir_nama", "gol_nama", "golongan_ruang", "pangkat_golongan"),
			required("status", "jenis_pegawai_nama", "status_cpns_pns", "jenis_asn"),
			optional("tmt", "tmt_cpns", "tmt_pppk"), optional("nip_atasan", "nip_atasan_langsung", "atasan_nip"),
			optional("kepala_unit"), optional("hukuman_disiplin", "hukdis", "jenis_hukuman_nama"),
			optional("eselon", "eselon_nama")),
	SKP(Scope.PERIOD, optional("periode", "periode_penilaian"), required("nip", "nip_baru", "nip_pegawai"),
			required("kode_indikator", "kode_iki", "indikator_id"),
			required("uraian", "indikator_kinerja_individu", "rencana_hasil_kerja", "indikator"),
			required("bobot", "bobot_persen"), required("target", "target_kuantitas"),
			optional("realisasi", "realisasi_kuantitas"), required("arah", "arah_indikator"),
			optional("jenis", "jenis_rhk"), optional("aspek"), optional("satuan", "satuan_target"),
			optional("bukti_dukung", "link_bukti_dukung")),
	PERILAKU(Scope.PERIOD, optional("periode", "periode_penilaian"), required("nip", "nip_baru", "nip_pegawai"),
			required("penilai", "jenis_penilai", "peran_penilai"), optional("nip_penilai", "penilai_nip_nrp"),
			optional("berorientasi_pelayanan"), optional("akuntabel"), optional("kompeten"), optional("harmonis"),
			optional("loyal"), optional("adaptif"), optional("kolaboratif")),
	RATING(Scope.PERIOD, optional("periode", "periode_penilaian", "tahun"),
			required("nip", "nip_baru", "nip_pegawai"),
			optional("rating_hasil_kerja", "hasil_kinerja_nilai", "rating_hasil_kerja_nama"),
			optional("rating_perilaku", "rating_perilaku_kerja", "perilaku_kerja_nilai"),
			optional("nip_pejabat_penilai", "penilai_nip_nrp", "nip_penilai"),
			optional("umpan_balik", "umpan_balik_atasan", "catatan_atasan", "feedback")),
	PREDIKAT_ORGANISASI(Scope.PERIOD, optional("periode", "tahun"), required("kode_opd", "kode_unor", "unor_id"),
			optional("predikat", "predikat_kinerja_organisasi", "capaian_kinerja_organisasi"),
			optional("nilai_sakip", "nilai_akip", "skor_sakip")),
	IKM(Scope.PERIOD, optional("periode", "tahun"), required("kode_opd", "kode_unor", "unor_id"),
			required("nilai", "nilai_ikm", "indeks_kepuasan_masyarakat"),
			optional("layanan", "jenis_layanan", "nama_layanan"), optional("kanal", "sumber"),
			optional("responden", "jumlah_responden")),
	MASUKAN_WARGA(Scope.PERIOD, optional("periode", "tahun"), required("kode_opd", "kode_unor", "unor_id"),
			required("layanan", "jenis_layanan", "nama_layanan", "topik"), required("kanal", "sumber"),
			required("keluhan", "jumlah_keluhan", "pengaduan", "jumlah_pengaduan"),
			required("saran", "jumlah_saran", "usulan")),
	JP(Scope.YEAR, optional("tahun", "tahun_kursus", "tahun_diklat"), required("nip", "nip_baru"),
			required("jp", "jumlah_jam", "jumlah_jp", "jam_pelajaran"),
			required("kegiatan", "nama_kursus", "nama_diklat", "nama_pelatihan", "latihan_struktural_nama"));

	/** What a {@code replace} clears: the region's rows, or those of each period or year the file names. */
	enum Scope {
		REGION, PERIOD, YEAR
	}

	private final Scope scope;

	private final List<Column> columns;

	ImportKind(Scope scope, Column... columns) {
		this.scope = scope;
		this.columns = List.of(columns);
	}

	Scope scope() {
		return scope;
	}

	List<Column> columns() {
		return columns;
	}

	/** The kind's name in the API and in file names, e.g. {@code predikat_organisasi}. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The canonical headers, required ones first as declared. */
	public List<String> headers() {
		return columns.stream().map(Column::name).toList();
	}

	public static ImportKind of(String code) {
		return Arrays.stream(values())
			.filter(kind -> kind.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(code));
	}

}
