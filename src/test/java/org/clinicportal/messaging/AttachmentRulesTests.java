package org.clinicportal.messaging;

import java.util.Collections;
import java.util.List;

import org.clinicportal.messaging.AttachmentRules.Checked;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentRulesTests {

	static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };

	@Test
	void checkWhenContentIsPdfJpegOrPngThenAcceptsWhateverTheName() {
		Checked checked = AttachmentRules.check(List.of(upload("scan.PDF", PDF), upload("photo", JPEG),
				upload("x-ray.pdf", PNG)));
		assertThat(checked.ok()).isTrue();
		assertThat(checked.accepted()).extracting((a) -> a.filename() + " " + a.type())
			.containsExactly("scan.pdf PDF", "photo.jpg JPEG", "x-ray.pdf.png PNG");
	}

	@Test
	void checkWhenContentIsNotAnAllowedTypeThenRefusesItByNameEvenWithAnAllowedExtension() {
		Checked checked = AttachmentRules.check(List.of(upload("invoice.pdf", EXE), upload("notes.txt", "hello".getBytes())));
		assertThat(checked.accepted()).isEmpty();
		assertThat(checked.refusals()).extracting(AttachmentRules.Refusal::code)
			.containsExactly("messaging.attachment.notAllowed", "messaging.attachment.notAllowed");
		assertThat(checked.refusals().get(0).args()).containsExactly("invoice.pdf");
	}

	@Test
	void checkWhenAFileIsOverTenMegabytesThenRefusesItWithItsSize() {
		var large = new Upload("big.pdf", AttachmentRules.MAX_BYTES + 1, new ByteArrayResource(PDF));
		var exact = new Upload("exact.pdf", AttachmentRules.MAX_BYTES, new ByteArrayResource(PDF));
		Checked checked = AttachmentRules.check(List.of(large, exact));
		assertThat(checked.accepted()).extracting(AttachmentRules.Accepted::filename).containsExactly("exact.pdf");
		assertThat(checked.refusals()).singleElement()
			.satisfies((refusal) -> assertThat(refusal.args()).containsExactly("big.pdf", "10.0"));
	}

	@Test
	void checkWhenMoreThanFiveFilesThenRefusesThemAll() {
		Checked checked = AttachmentRules.check(Collections.nCopies(6, upload("a.pdf", PDF)));
		assertThat(checked.accepted()).isEmpty();
		assertThat(checked.refusals()).singleElement()
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("messaging.attachment.tooMany"));
		assertThat(AttachmentRules.check(Collections.nCopies(5, upload("a.pdf", PDF))).ok()).isTrue();
	}

	@Test
	void checkWhenAFileIsEmptyThenRefusesIt() {
		assertThat(AttachmentRules.check(List.of(upload("empty.png", new byte[0]))).refusals())
			.extracting(AttachmentRules.Refusal::code)
			.containsExactly("messaging.attachment.empty");
	}

	@Test
	void safeNameDropsFoldersControlCharactersAndHeaderSyntaxAndEndsInTheRealType() {
		assertThat(AttachmentRules.safeName("..\\..\\C:\\Windows\\evil\".pdf", AttachmentType.PDF)).isEqualTo("evil.pdf");
		assertThat(AttachmentRules.safeName("/etc/passwd", AttachmentType.PNG)).isEqualTo("passwd.png");
		assertThat(AttachmentRules.safeName("report\r\nSet-Cookie: x=y;.jpeg", AttachmentType.JPEG))
			.isEqualTo("reportSet-Cookie x=y.jpeg");
		assertThat(AttachmentRules.safeName("résumé  \u202Egnp.pdf", AttachmentType.PDF)).isEqualTo("résumé gnp.pdf");
		assertThat(AttachmentRules.safeName("...", AttachmentType.PDF)).isEqualTo("attachment.pdf");
		assertThat(AttachmentRules.safeName(null, AttachmentType.PNG)).isEqualTo("attachment.png");
		assertThat(AttachmentRules.safeName("x".repeat(300) + ".pdf", AttachmentType.PDF)).hasSize(104);
	}

	private static Upload upload(String name, byte[] content) {
		return new Upload(name, content.length, new ByteArrayResource(content));
	}

}
