package id.kinerja.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

import id.kinerja.policy.fact.Assessor;

/**
 * The parameter values and agency rules that apply to one Makassar agency, typed in from
 * {@code rules/parameters.yml} and {@code policies/makassar/**}/parameters.yml.
 */
record Scope(double maxAchievement, double zeroTargetCut, double workAbove, double workMeets, double selfWeight,
		double supervisorWeight, double peerWeight, double subordinateWeight, double behaviourAbove,
		double behaviourMeets, double developmentHours, double supervisorScoreBelow, AgencyRules agency) {

	/**
	 * What an agency layer adds; a NaN threshold means the agency does not have that rule.
	 *
	 * @param practiceMinimum disdik: a teacher with weak classroom practice is at most Sesuai
	 * @param patientsMinimum dinkes: the exemplary health worker award (with waitingMaximum)
	 * @param projectsMinimum dpu: the award for infrastructure finished ahead of target (with projectDaysBelow)
	 */
	record AgencyRules(double exemplaryMinimum, double practiceMinimum, double patientsMinimum,
			double waitingMaximum, double projectsMinimum, double projectDaysBelow) {
	}

	private static final double NONE = Double.NaN;

	/** National values, with Makassar's 360 weights and exemplary-employee threshold. */
	static Scope region() {
		return new Scope(120, 20, 110, 90, 20, 50, 30, 0, 4.5, 3.0, 20, 3,
				new AgencyRules(115, NONE, NONE, NONE, NONE, NONE));
	}

	static Scope dinkes() {
		return region().with(new AgencyRules(110, NONE, 110, 100, NONE, NONE));
	}

	static Scope disdik() {
		return region().with(new AgencyRules(115, 90, NONE, NONE, NONE, NONE));
	}

	static Scope dpu() {
		return region().with(new AgencyRules(115, NONE, NONE, NONE, 100, 100));
	}

	private Scope with(AgencyRules rules) {
		return new Scope(maxAchievement, zeroTargetCut, workAbove, workMeets, selfWeight, supervisorWeight,
				peerWeight, subordinateWeight, behaviourAbove, behaviourMeets, developmentHours, supervisorScoreBelow,
				rules);
	}

	boolean teacherPractice() {
		return !Double.isNaN(agency.practiceMinimum());
	}

	boolean healthWorkers() {
		return !Double.isNaN(agency.patientsMinimum());
	}

	boolean earlyProjects() {
		return !Double.isNaN(agency.projectsMinimum());
	}

	double assessorWeight(Assessor assessor) {
		return switch (assessor) {
			case SELF -> selfWeight;
			case SUPERVISOR -> supervisorWeight;
			case PEER -> peerWeight;
			case SUBORDINATE -> subordinateWeight;
		};
	}

	/** The values under the policy's parameter names, to check them against the compiled policy. */
	Map<String, Double> parameters() {
		Map<String, Double> p = new LinkedHashMap<>();
		p.put("capaian.maksimum", maxAchievement);
		p.put("capaian.target-nol.potongan", zeroTargetCut);
		p.put("hasil-kerja.di-atas.minimal", workAbove);
		p.put("hasil-kerja.sesuai.minimal", workMeets);
		p.put("perilaku.bobot.diri", selfWeight);
		p.put("perilaku.bobot.atasan", supervisorWeight);
		p.put("perilaku.bobot.rekan", peerWeight);
		p.put("perilaku.bobot.bawahan", subordinateWeight);
		p.put("perilaku.di-atas.minimal", behaviourAbove);
		p.put("perilaku.sesuai.minimal", behaviourMeets);
		p.put("pengembangan.jp-minimal", developmentHours);
		p.put("pelatihan.perilaku.skor-di-bawah", supervisorScoreBelow);
		p.put("pegawai-teladan.capaian-minimal", agency.exemplaryMinimum());
		if (teacherPractice()) {
			p.put("guru.praktik-kelas.capaian-minimal", agency.practiceMinimum());
		}
		if (healthWorkers()) {
			p.put("nakes-teladan.pasien.capaian-minimal", agency.patientsMinimum());
			p.put("nakes-teladan.waktu-tunggu.maksimal", agency.waitingMaximum());
		}
		if (earlyProjects()) {
			p.put("proyek-cepat.selesai.capaian-minimal", agency.projectsMinimum());
			p.put("proyek-cepat.hari.di-bawah", agency.projectDaysBelow());
		}
		return p;
	}

}
