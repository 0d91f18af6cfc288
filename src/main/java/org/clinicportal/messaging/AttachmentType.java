package org.clinicportal.messaging;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of file a message may carry, each recognised by the bytes it starts with, never by its name. */
enum AttachmentType {

	PDF("application/pdf", List.of("pdf"), new int[] { '%', 'P', 'D', 'F', '-' }),

	JPEG("image/jpeg", List.of("jpg", "jpeg"), new int[] { 0xFF, 0xD8, 0xFF }),

	PNG("image/png", List.of("png"), new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	/** How many bytes of a file tell its type. */
	static final int HEAD = 8;

	private final String mediaType;

	private final List<String> extensions;

	private final int[] magic;

	AttachmentType(String mediaType, List<String> extensions, int[] magic) {
		this.mediaType = mediaType;
		this.extensions = extensions;
		this.magic = magic;
	}

	String mediaType() {
		return this.mediaType;
	}

	/** The extensions a name of this type may end with, the usual one first. */
	List<String> extensions() {
		return this.extensions;
	}

	/** The type whose signature the first bytes of a file carry. */
	static Optional<AttachmentType> of(byte[] head, int length) {
		return Arrays.stream(values()).filter((type) -> type.startsOf(head, length)).findFirst();
	}

	static Optional<AttachmentType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter((type) -> type.mediaType.equals(mediaType)).findFirst();
	}

	private boolean startsOf(byte[] head, int length) {
		if (length < this.magic.length) {
			return false;
		}
		for (int i = 0; i < this.magic.length; i++) {
			if ((head[i] & 0xFF) != this.magic[i]) {
				return false;
			}
		}
		return true;
	}

}
