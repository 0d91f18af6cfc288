package org.clinicportal.patient;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.clinicportal.system.TypedDates;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Reads what staff type in the patient search box: a date of birth (2014-12-03, or 12/03/2014 in
 * English and 03/12/2014 in Spanish), an
 * MRN or the start of one, a name, or two names (Rivera, Sofia or Sofia Rivera). Name and MRN
 * matches are by prefix and ignore case; names also ignore accents, spaces and punctuation.
 */
@Component
class PatientSearch {

	/** Accents (combining marks, once decomposed) and everything else that is not a letter or digit. */
	private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{Nd}]");

	private final PatientRepository patients;

	private final PatientMatches matches;

	PatientSearch(PatientRepository patients, PatientMatches matches) {
		this.patients = patients;
		this.matches = matches;
	}

	Page<Patient> search(String text, Pageable pageable) {
		if (!StringUtils.hasText(text)) {
			return this.patients.findAll(pageable);
		}
		String query = text.strip();
		Optional<LocalDate> date = date(query);
		if (date.isPresent()) {
			return this.patients.findByDateOfBirth(date.get(), pageable);
		}
		return byName(query, pageable);
	}

	/** A page of a name or MRN search, always in the list's order (last name, first name, id). */
	private Page<Patient> byName(String query, Pageable pageable) {
		long total = this.matches.count(query);
		List<Long> ids = (pageable.getOffset() < total)
				? this.matches.page(query, pageable.getOffset(), pageable.getPageSize()) : List.of();
		if (ids.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		Map<Long, Patient> byId = this.patients.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Patient::getId, Function.identity()));
		return new PageImpl<>(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), pageable, total);
	}

	/** A date of birth typed in the search box, in the language the staff member works in. */
	static Optional<LocalDate> date(String text) {
		return date(text, LocaleContextHolder.getLocale());
	}

	static Optional<LocalDate> date(String text, Locale language) {
		return TypedDates.parse(text, language);
	}

	/**
	 * A name as the search matches it: lower case, without accents, spaces or punctuation
	 * ("O'Neil-Ünal" is "oneilunal"); {@code null} stays {@code null}.
	 */
	static String fold(String name) {
		if (name == null) {
			return null;
		}
		return NON_LETTERS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT))
			.replaceAll("");
	}

	/** A LIKE pattern matching folded names that start with the term's letters. */
	static String namePrefix(String term) {
		String folded = fold(term);
		return folded.isEmpty() ? prefix(term) : folded + "%";
	}

	/** A LIKE pattern matching values that start with the term, its wildcards taken literally. */
	static String prefix(String term) {
		String escaped = term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return escaped + "%";
	}

}
