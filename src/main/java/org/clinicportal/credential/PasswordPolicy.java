package org.clinicportal.credential;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The one set of rules for a password a person chooses (staff and portal alike), after NIST SP
 * 800-63B-4: a minimum length, a generous maximum, any characters, no composition rules, and no
 * password that is common, easily guessed, or made of the person's own name or username.
 */
@Component
public class PasswordPolicy {

	/** zxcvbn scores below this are refused (0 to 4; 3 is safely unguessable). */
	static final int MIN_SCORE = 3;

	private static final int MIN_PART = 3;

	/**
	 * The passphrase the refusal messages give as an example ({@code {2}} in them). Published on every
	 * refusal, it is itself refused, in any order, case or spacing, and its words count as known to a
	 * guesser in any other password.
	 */
	static final String EXAMPLE = "lamp orbit velvet harbor";

	private static final List<String> EXAMPLE_WORDS = List.of(EXAMPLE.split(" "));

	private final PasswordProperties properties;

	private final Zxcvbn estimator = new Zxcvbn();

	private final PasswordEncoder encoder;

	PasswordPolicy(PasswordProperties properties, PasswordEncoder encoder) {
		this.properties = properties;
		this.encoder = encoder;
	}

	/**
	 * Checks a password chosen to replace the current one, stored as {@code currentHash}: the same
	 * rules as {@link #check}, and it must differ from the current one, so that a temporary password
	 * cannot simply be kept.
	 */
	public List<PasswordProblem> checkReplacement(String password, String currentHash, String username,
			String... names) {
		List<PasswordProblem> problems = check(password, username, names);
		if (problems.isEmpty() && currentHash != null && this.encoder.matches(password, currentHash)) {
			return List.of(PasswordProblem.SAME_AS_CURRENT);
		}
		return problems;
	}

	/**
	 * Checks a candidate password.
	 * @param password the password as typed
	 * @param username the account's username
	 * @param names the person's names (given, family, full)
	 * @return what is wrong with it, empty when it is acceptable
	 */
	public List<PasswordProblem> check(String password, String username, String... names) {
		var problems = new ArrayList<PasswordProblem>();
		String candidate = Normalizer.normalize(Objects.requireNonNullElse(password, ""), Normalizer.Form.NFKC);
		int length = candidate.codePointCount(0, candidate.length());
		if (length < this.properties.minLength()) {
			problems.add(PasswordProblem.TOO_SHORT);
		}
		if (length > this.properties.maxLength()) {
			problems.add(PasswordProblem.TOO_LONG);
		}
		String lower = candidate.toLowerCase(Locale.ROOT);
		if (contains(lower, username)) {
			problems.add(PasswordProblem.CONTAINS_USERNAME);
		}
		for (String name : names) {
			if (contains(lower, name)) {
				problems.add(PasswordProblem.CONTAINS_NAME);
				break;
			}
		}
		if (problems.isEmpty() && (isExample(lower)
				|| this.estimator.measure(candidate, knownWords(username, names)).getScore() < MIN_SCORE)) {
			problems.add(PasswordProblem.TOO_GUESSABLE);
		}
		return problems;
	}

	/** What a problem's message ({@link PasswordProblem#messageCode()}) is filled in with. */
	public Object[] messageArguments() {
		return new Object[] { minLength(), maxLength(), EXAMPLE };
	}

	/** The length limits, for messages that explain them. */
	public int minLength() {
		return this.properties.minLength();
	}

	public int maxLength() {
		return this.properties.maxLength();
	}

	private static boolean contains(String lowerPassword, String part) {
		if (!StringUtils.hasText(part)) {
			return false;
		}
		String lowerPart = part.strip().toLowerCase(Locale.ROOT);
		String local = lowerPart.contains("@") ? lowerPart.substring(0, lowerPart.indexOf('@')) : lowerPart;
		return local.length() >= MIN_PART && lowerPassword.contains(local);
	}

	/** Whether the password's letters are the example's words and nothing else, in any order. */
	private static boolean isExample(String lowerPassword) {
		String letters = lowerPassword.replaceAll("[^\\p{L}]", "");
		return !letters.isEmpty() && onlyExampleWords(letters);
	}

	/** Whether these letters are nothing but the example's words, in any order. */
	private static boolean onlyExampleWords(String letters) {
		return letters.isEmpty() || EXAMPLE_WORDS.stream()
			.anyMatch((word) -> letters.startsWith(word) && onlyExampleWords(letters.substring(word.length())));
	}

	/** The person's own words and the published example's: a guesser tries them first. */
	private static List<String> knownWords(String username, String... names) {
		var words = new ArrayList<>(EXAMPLE_WORDS);
		if (StringUtils.hasText(username)) {
			words.add(username);
		}
		for (String name : names) {
			if (StringUtils.hasText(name)) {
				words.addAll(List.of(name.split("\\s+")));
			}
		}
		return words;
	}

}
