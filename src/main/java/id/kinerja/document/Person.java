package id.kinerja.document;

/**
 * Someone named on a document: the employee, the assessing official or the head of the agency.
 *
 * @param position JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL
 */
record Person(String nip, String name, String jobTitle, String rank, String position, String agencyName) {

	static Person of(id.kinerja.staff.Employee employee) {
		return new Person(employee.getNip().strip(), employee.getName(), employee.getJobTitle(), employee.getRank(),
				employee.getPosition().name(), employee.getAgency().getName());
	}

}
