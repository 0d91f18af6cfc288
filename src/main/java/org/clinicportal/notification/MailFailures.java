package org.clinicportal.notification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

import org.clinicportal.notification.EmailTransport.DeliveryFailure;
import org.clinicportal.notification.EmailTransport.DeliveryFailure.Kind;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;

/** Reads an exception from sending mail (Jakarta Mail, Spring) as a {@link DeliveryFailure}: its kind and its text. */
final class MailFailures {

	private MailFailures() {
	}

	/** The failure of one message. */
	static DeliveryFailure of(Throwable ex) {
		return new DeliveryFailure(kind(ex), describe(ex));
	}

	/** A message that could not be built: it will never go, and the server was not asked. */
	static DeliveryFailure unbuildable(Throwable ex) {
		return new DeliveryFailure(Kind.INVALID_MESSAGE, describe(ex));
	}

	/**
	 * The failure of a whole batch (the connection, the sign-in): it says nothing against any one
	 * message, so it is never permanent.
	 */
	static DeliveryFailure ofBatch(Throwable ex) {
		Kind kind = kind(ex);
		return new DeliveryFailure(kind.permanent() ? Kind.OTHER : kind, describe(ex));
	}

	static Kind kind(Throwable ex) {
		List<Throwable> chain = chain(ex);
		if (any(chain, (cause) -> cause instanceof AddressException || cause instanceof MailPreparationException)) {
			return Kind.INVALID_MESSAGE;
		}
		if (any(chain, (cause) -> cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
				&& failed.getInvalidAddresses().length > 0)) {
			return Kind.RECIPIENT_REFUSED;
		}
		if (any(chain, (cause) -> cause instanceof AuthenticationFailedException
				|| cause instanceof MailAuthenticationException)) {
			return Kind.AUTHENTICATION;
		}
		// Jakarta Mail says "STARTTLS is required but host does not support STARTTLS".
		if (any(chain, (cause) -> cause instanceof SSLException || (cause.getMessage() != null
				&& cause.getMessage().toUpperCase(Locale.ROOT).contains("STARTTLS")))) {
			return Kind.TLS;
		}
		if (any(chain, (cause) -> cause instanceof IOException)) {
			return Kind.CONNECTION;
		}
		return Kind.OTHER;
	}

	/** The exception and its root cause, by class and message (addresses are removed by DeliveryFailure). */
	private static String describe(Throwable ex) {
		List<Throwable> chain = chain(ex);
		Throwable root = chain.get(chain.size() - 1);
		String message = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return (root == ex) ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
	}

	private static List<Throwable> chain(Throwable ex) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = ex; cause != null && !chain.contains(cause) && chain.size() < 20; cause = cause.getCause()) {
			chain.add(cause);
		}
		return chain;
	}

	private static boolean any(List<Throwable> chain, Predicate<Throwable> test) {
		return chain.stream().anyMatch(test);
	}

}
