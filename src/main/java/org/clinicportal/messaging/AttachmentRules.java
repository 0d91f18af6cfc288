package org.clinicportal.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a message may carry: at most {@value #MAX_FILES} files of at most 10 MB each, PDF, JPEG or PNG
 * as their first bytes say, whatever their names. Each refusal says which file and why.
 */
final class AttachmentRules {

	static final int MAX_FILES = 5;

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final int MAX_NAME = 100;

	private AttachmentRules() {
	}

	/** The files that may be stored, with safe names, or why not. */
	static Checked check(List<Upload> uploads) {
		if (uploads.size() > MAX_FILES) {
			return new Checked(List.of(), List.of(new Refusal("messaging.attachment.tooMany", uploads.size(), MAX_FILES)));
		}
		List<Accepted> accepted = new ArrayList<>();
		List<Refusal> refusals = new ArrayList<>();
		for (Upload upload : uploads) {
			String shown = safeName(upload.name(), null);
			if (upload.size() == 0) {
				refusals.add(new Refusal("messaging.attachment.empty", shown));
				continue;
			}
			if (upload.size() > MAX_BYTES) {
				refusals.add(new Refusal("messaging.attachment.tooLarge", shown, megabytes(upload.size())));
				continue;
			}
			Optional<AttachmentType> type = type(upload);
			if (type.isEmpty()) {
				refusals.add(new Refusal("messaging.attachment.notAllowed", shown));
				continue;
			}
			accepted.add(new Accepted(safeName(upload.name(), type.get()), upload.size(), type.get(), upload));
		}
		return new Checked(accepted, refusals);
	}

	/** The type the file's first bytes show. */
	static Optional<AttachmentType> type(Upload upload) {
		byte[] head = new byte[AttachmentType.HEAD];
		try (InputStream in = upload.content().getInputStream()) {
			return AttachmentType.of(head, in.readNBytes(head, 0, head.length));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A name safe to store, show and send back in a download: no folders, control characters or
	 * characters that mean something to a file system or a header, at most {@value #MAX_NAME}
	 * characters, ending in the extension of its real type.
	 */
	static String safeName(String name, AttachmentType type) {
		String base = (name != null) ? Normalizer.normalize(name, Normalizer.Form.NFC) : "";
		base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
		base = base.replaceAll("[\\p{Cntrl}\\p{Cf}\"*:<>?|;%]", "").replaceAll("\\s+", " ").strip();
		String extension = (type != null) ? type.extensions().get(0) : null;
		int dot = base.lastIndexOf('.');
		if (type != null && dot >= 0 && type.extensions().contains(base.substring(dot + 1).toLowerCase(Locale.ROOT))) {
			extension = base.substring(dot + 1).toLowerCase(Locale.ROOT);
			base = base.substring(0, dot);
		}
		base = base.replaceAll("^[.\\s]+|[.\\s]+$", "");
		if (base.codePointCount(0, base.length()) > MAX_NAME) {
			base = base.substring(0, base.offsetByCodePoints(0, MAX_NAME)).strip();
		}
		base = base.isEmpty() ? "attachment" : base;
		return (extension != null) ? base + "." + extension : base;
	}

	/** A size in MB with one decimal, as refusals show it. */
	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

	/**
	 * A file that may be stored.
	 *
	 * @param filename its safe name
	 * @param size its size in bytes
	 * @param type its type, from its content
	 * @param upload the file as sent
	 */
	record Accepted(String filename, long size, AttachmentType type, Upload upload) {
	}

	/**
	 * Why a file was refused: a message code and its arguments.
	 */
	record Refusal(String code, Object... args) {
	}

	/**
	 * The outcome of checking a message's files.
	 *
	 * @param accepted the files that may be stored
	 * @param refusals why the others may not; a message is sent only when there is none
	 */
	record Checked(List<Accepted> accepted, List<Refusal> refusals) {

		boolean ok() {
			return this.refusals.isEmpty();
		}

	}

}
