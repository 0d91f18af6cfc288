package org.clinicportal.system;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@Test
	void fieldsWithCommasQuotesAndNewlinesAreQuoted() {
		var out = new StringWriter();
		new CsvWriter(out).row("plain", "a,b", "say \"hi\"", "two\nlines", null);
		assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
	}

	@Test
	void fieldsWithSemicolonsAreQuotedForSpreadsheetsThatSplitOnThem() {
		var out = new StringWriter();
		new CsvWriter(out).row("MRN-1 SELF; MRN-2 AUTHORIZED_REP", "plain");
		assertThat(out).hasToString("\"MRN-1 SELF; MRN-2 AUTHORIZED_REP\",plain\r\n");
	}

	@Test
	void fieldsThatASpreadsheetWouldRunAsFormulasStayText() {
		assertThat(CsvWriter.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvWriter.field("+1")).isEqualTo("'+1");
		assertThat(CsvWriter.field("-2")).isEqualTo("'-2");
		assertThat(CsvWriter.field("@SUM")).isEqualTo("'@SUM");
		assertThat(CsvWriter.field("Rivera")).isEqualTo("Rivera");
	}

}
