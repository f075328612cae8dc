package id.kinerja.demo;

import id.kinerja.policy.fact.Rating;

/** The demo's constructive feedback from the assessing official, following the ratings it accompanies. */
final class Feedbacks {

	private Feedbacks() {
	}

	static String of(Rating work, Rating behaviour) {
		return work(work) + " " + behaviour(behaviour);
	}

	private static String work(Rating rating) {
		if (rating == null) {
			return "Hasil kerja dinilai dari capaian indikator SKP periode ini.";
		}
		return switch (rating) {
			case DI_ATAS_EKSPEKTASI -> "Capaian di atas target: bagikan cara kerja Anda kepada rekan satu unit.";
			case SESUAI_EKSPEKTASI -> "Capaian sesuai target: pertahankan dan catat bukti dukung tepat waktu.";
			case DI_BAWAH_EKSPEKTASI -> "Capaian di bawah target: kita susun langkah perbaikan bersama bulan ini.";
		};
	}

	private static String behaviour(Rating rating) {
		if (rating == null) {
			return "";
		}
		return switch (rating) {
			case DI_ATAS_EKSPEKTASI -> "Perilaku kerja menjadi teladan.";
			case SESUAI_EKSPEKTASI -> "Perilaku kerja sesuai BerAKHLAK.";
			case DI_BAWAH_EKSPEKTASI -> "Perbaiki kerja sama dan ketepatan waktu; kita bahas dalam pertemuan berikut.";
		};
	}

}
