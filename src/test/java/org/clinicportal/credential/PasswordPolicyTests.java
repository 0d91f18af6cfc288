package org.clinicportal.credential;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private static final PasswordProperties PROPERTIES = new PasswordProperties(15, 128, 19456, 2);

	private final PasswordEncoder encoder = new PasswordHashingConfiguration().passwordEncoder(PROPERTIES);

	private final PasswordPolicy policy = new PasswordPolicy(PROPERTIES, this.encoder);

	@Test
	void aReplacementMustDifferFromTheCurrentPassword() {
		String current = this.encoder.encode("copper meadow violin sunrise");
		assertThat(this.policy.checkReplacement("copper meadow violin sunrise", current, "jdoe"))
			.containsExactly(PasswordProblem.SAME_AS_CURRENT);
		assertThat(this.policy.checkReplacement("quartz meadow piano glacier", current, "jdoe")).isEmpty();
		assertThat(this.policy.checkReplacement("short", current, "jdoe")).containsExactly(PasswordProblem.TOO_SHORT);
	}

	@Test
	void passphraseOfUnrelatedWordsIsAccepted() {
		assertThat(this.policy.check("copper meadow violin sunrise", "sofia.rivera@example.org", "Sofia", "Rivera"))
			.isEmpty();
	}

	@Test
	void theExampleTheMessagesPublishIsRefusedHoweverWritten() {
		for (String example : new String[] { PasswordPolicy.EXAMPLE, "Lamp Orbit Velvet Harbor", "lamporbitvelvetharbor",
				"velvet harbor lamp orbit" }) {
			assertThat(this.policy.check(example, "jdoe")).as(example).containsExactly(PasswordProblem.TOO_GUESSABLE);
		}
	}

	@Test
	void passphraseSharingAWordOrTwoWithTheExampleIsAccepted() {
		for (String passphrase : new String[] { "tulip lamp sonnet harbor", "harbor violet canyon drum",
				"quiet harbor lantern meadow" }) {
			assertThat(this.policy.check(passphrase, "jdoe")).as(passphrase).isEmpty();
		}
	}

	@Test
	void shortPasswordIsRefusedAsTooShort() {
		assertThat(this.policy.check("Xq7#pL2!", "jdoe")).containsExactly(PasswordProblem.TOO_SHORT);
	}

	@Test
	void lengthIsCountedInCharactersNotBytes() {
		// 15 emoji are 15 characters (30 UTF-16 units): long enough, and any character is allowed.
		String emoji = "🌲🦊🌙🍄🌊🔥🐝🎈🧭🪁🦉🌵🍋🛶🎻";
		assertThat(this.policy.check(emoji, "jdoe")).doesNotContain(PasswordProblem.TOO_SHORT);
	}

	@Test
	void overlongPasswordIsRefused() {
		assertThat(this.policy.check("a".repeat(129), "jdoe")).contains(PasswordProblem.TOO_LONG);
	}

	@Test
	void commonPasswordIsRefusedAsGuessable() {
		assertThat(this.policy.check("passwordpassword", "jdoe")).containsExactly(PasswordProblem.TOO_GUESSABLE);
	}

	@Test
	void passwordContainingTheUsernameIsRefused() {
		assertThat(this.policy.check("my name is frontdesk and I like tea", "frontdesk"))
			.contains(PasswordProblem.CONTAINS_USERNAME);
	}

	@Test
	void passwordContainingTheEmailsLocalPartIsRefused() {
		assertThat(this.policy.check("sofia.rivera loves long walks", "sofia.rivera@example.org"))
			.contains(PasswordProblem.CONTAINS_USERNAME);
	}

	@Test
	void passwordContainingThePersonsNameIsRefusedWhateverTheCase() {
		assertThat(this.policy.check("correct RIVERA battery staple", "srivera1", "Sofia", "Rivera"))
			.contains(PasswordProblem.CONTAINS_NAME);
	}

	@Test
	void defaultsMeetOwaspArgon2idMinimum() {
		var defaults = new PasswordProperties(15, 128, 19456, 2);
		assertThat(defaults.argon2MemoryKib()).isGreaterThanOrEqualTo(19 * 1024);
		assertThat(defaults.argon2Iterations()).isGreaterThanOrEqualTo(2);
	}

}
