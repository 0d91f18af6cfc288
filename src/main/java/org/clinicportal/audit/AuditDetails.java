package org.clinicportal.audit;

import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.clinicportal.system.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Writes an audit record's detail in a reader's language: a coded detail through the message
 * bundles, any other (every record from before details were coded) as it was stored. Pages call it
 * as {@code ${@auditDetails.shown(record.detail, record.coded, #locale)}}.
 */
@Component("auditDetails")
public class AuditDetails {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditDetails(MessageSource messages) {
		this.messages = messages;
	}

	/** The detail in this language; the stored text when it has no code or the code is unknown. */
	public String shown(String stored, AuditDetail coded, Locale language) {
		if (coded == null) {
			return stored;
		}
		try {
			return this.messages.getMessage(coded.code(), coded.arguments().toArray(), language);
		}
		catch (NoSuchMessageException ex) {
			return stored;
		}
	}

	/** The detail as the trail stores it in words, for searches and exports: in English. */
	String stored(AuditDetail coded) {
		return this.messages.getMessage(coded.code(), coded.arguments().toArray(), SupportedLanguages.DEFAULT);
	}

	String arguments(AuditDetail coded) {
		return this.json.writeValueAsString(coded.arguments());
	}

	/** A stored code with its arguments, or {@code null} for a detail stored in words only. */
	AuditDetail read(String code, String arguments) {
		if (code == null) {
			return null;
		}
		try {
			return new AuditDetail(code, (arguments != null) ? this.json.readValue(arguments, STRINGS) : List.of());
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
