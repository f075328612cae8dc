package id.kinerja.appraisal;

/** Where citizens' feedback on a service came from. */
public enum Channel {
	SURVEI, FORUM, MEDIA_SOSIAL
}
