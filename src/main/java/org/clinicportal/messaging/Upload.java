package org.clinicportal.messaging;

import java.util.List;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file as it was sent, before it is checked.
 *
 * @param name the name the sender's computer gave it (anything at all)
 * @param size its size in bytes
 * @param content where to read it from, as often as needed (the servlet container keeps it on disk)
 */
record Upload(String name, long size, InputStreamSource content) {

	/** The files of a post; the empty part a form sends when no file was chosen is left out. */
	static List<Upload> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((file) -> file != null && !(file.isEmpty() && isBlank(file.getOriginalFilename())))
			.map((file) -> new Upload(file.getOriginalFilename(), file.getSize(), file))
			.toList();
	}

	private static boolean isBlank(String name) {
		return name == null || name.isBlank();
	}

}
