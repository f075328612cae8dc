package id.kinerja.policy.fact;

/**
 * A fact that a rule concludes about one employee. The engine records which rule inserted it, so every
 * conclusion in a result names the rule (file and layer) that made it.
 */
public interface Conclusion {

	String nip();

}
