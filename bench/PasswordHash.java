import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Prints the stored form of a password, as the app stores it, for the benchmarks' portal accounts. */
public class PasswordHash {

	public static void main(String[] args) {
		System.out.println("{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 19456, 2).encode(args[0]));
	}

}
