package org.clinicportal.credential;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password settings ({@code clinic.password.*}).
 *
 * @param minLength fewest characters a chosen password may have (NIST SP 800-63B-4: 15 where the
 * password is the only factor)
 * @param maxLength most characters a chosen password may have (at least 64 must be allowed)
 * @param argon2MemoryKib Argon2id memory cost in KiB (OWASP minimum 19 MiB)
 * @param argon2Iterations Argon2id time cost (OWASP minimum 2 at 19 MiB)
 */
@ConfigurationProperties("clinic.password")
public record PasswordProperties(@DefaultValue("15") int minLength, @DefaultValue("128") int maxLength,
		@DefaultValue("19456") int argon2MemoryKib, @DefaultValue("2") int argon2Iterations) {
}
