package org.clinicportal.notification;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Hands claimed messages on: to an SMTP server, or nowhere (the Dev Mailbox keeps them). */
interface EmailTransport {

	/** The name stored with each message this transport handled. */
	String name();

	/**
	 * Sends the messages, as far as possible over one connection.
	 * @return the failures by message id; a message without one was sent
	 */
	Map<Long, DeliveryFailure> send(List<ClaimedEmail> emails);

	/**
	 * Why a message was not sent. The error text never holds an email address: servers and mail
	 * libraries name the recipient in their errors, and these texts go to the log, the database
	 * and the Outbox page.
	 *
	 * @param kind what went wrong, and so whether trying again could help
	 * @param error the error's text, every address in it replaced
	 */
	record DeliveryFailure(Kind kind, String error) {

		// An apostrophe may stand inside the local part (o'neil@...), not before it or in the domain.
		private static final Pattern ADDRESS = Pattern
			.compile("[^\\s<>()\\[\\]\"'`,;:@][^\\s<>()\\[\\]\"`,;:@]*@[^\\s<>()\\[\\]\"'`,;:@]+");

		// Jakarta Mail quotes the whole string of an address it cannot read: ``kim at example''.
		private static final Pattern UNREADABLE_ADDRESS = Pattern.compile("``.*?''", Pattern.DOTALL);

		static final String HIDDEN = "[address]";

		public DeliveryFailure {
			error = withoutAddresses(error);
		}

		/** Whether trying again cannot help. */
		boolean permanent() {
			return this.kind.permanent();
		}

		/** The text with every email address (and every unreadable one that Jakarta Mail quotes) replaced. */
		static String withoutAddresses(String text) {
			if (text == null) {
				return null;
			}
			String quotedHidden = UNREADABLE_ADDRESS.matcher(text).replaceAll("``" + HIDDEN + "''");
			return ADDRESS.matcher(quotedHidden).replaceAll(HIDDEN);
		}

		/** What went wrong. Each has a label in the messages ({@code outbox.failure.*}). */
		enum Kind {

			/** No connection to the server: refused, unknown host, timed out, cut off. */
			CONNECTION(false, false),
			/** The server refused the username or password. */
			AUTHENTICATION(false, false),
			/** STARTTLS is required but the server does not offer it, or the TLS handshake failed. */
			TLS(false, false),
			/** The server refused the recipient's address (a 5xx reply): it answered, the message will never go. */
			RECIPIENT_REFUSED(true, true),
			/** The message could not be built (an address that cannot be read): the server was not asked. */
			INVALID_MESSAGE(true, null),
			/** Anything else, such as a temporary refusal by the server. */
			OTHER(false, false);

			private final boolean permanent;

			private final Boolean serverReachable;

			Kind(boolean permanent, Boolean serverReachable) {
				this.permanent = permanent;
				this.serverReachable = serverReachable;
			}

			/** Whether trying again cannot help. */
			boolean permanent() {
				return this.permanent;
			}

			/** What such a failure says of the server: reachable, not (or not usable), or nothing. */
			Boolean serverReachable() {
				return this.serverReachable;
			}

		}

	}

}
