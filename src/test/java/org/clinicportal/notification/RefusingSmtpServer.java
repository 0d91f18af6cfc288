package org.clinicportal.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that refuses every recipient with a 5xx reply naming the address, as real servers
 * do ("550 5.1.1 &lt;kim@example.org&gt;: Recipient address rejected"). One connection at a time.
 */
final class RefusingSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private RefusingSmtpServer(int port) throws IOException {
		this.socket = new ServerSocket(port, 10, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(this::serve, "refusing-smtp");
		thread.setDaemon(true);
		thread.start();
	}

	static RefusingSmtpServer start(int port) throws IOException {
		return new RefusingSmtpServer(port);
	}

	int port() {
		return this.socket.getLocalPort();
	}

	private void serve() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept()) {
				converse(client);
			}
			catch (IOException ex) {
				// closed, or the client went away: wait for the next one
			}
		}
	}

	private static void converse(Socket client) throws IOException {
		var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
		Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
		reply(out, "220 refusing.test ESMTP");
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			String command = line.toUpperCase(Locale.ROOT);
			if (command.startsWith("EHLO")) {
				reply(out, "250-refusing.test\r\n250 8BITMIME");
			}
			else if (command.startsWith("RCPT TO:")) {
				reply(out, "550 5.1.1 " + line.substring(8).strip() + ": Recipient address rejected: User unknown");
			}
			else if (command.startsWith("DATA")) {
				reply(out, "554 5.5.1 No valid recipients");
			}
			else if (command.startsWith("QUIT")) {
				reply(out, "221 2.0.0 Bye");
				return;
			}
			else {
				reply(out, "250 2.0.0 OK");
			}
		}
	}

	private static void reply(Writer out, String reply) throws IOException {
		out.write(reply + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
