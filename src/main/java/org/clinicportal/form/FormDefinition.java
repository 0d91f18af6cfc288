package org.clinicportal.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One form of the catalogue, read from a FHIR R4 Questionnaire under {@code forms/}.
 *
 * @param key the Questionnaire's id, which is also its file name; requests name the form by it
 * @param url the Questionnaire's canonical URL
 * @param version the Questionnaire's version, stored with every response
 * @param title the short name staff and patients see, such as "PHQ-9"
 * @param description what the form is for
 * @param items the questions and texts, in order
 * @param scoring how the form is scored, or {@code null} for a form without a score
 * @param titles the title in other languages
 * @param descriptions the description in other languages
 */
public record FormDefinition(String key, String url, String version, String title, String description,
		List<FormItem> items, Scoring scoring, Translations titles, Translations descriptions) {

	public FormDefinition {
		items = List.copyOf(items);
	}

	/** The title in this language, where the form has it, else as written. */
	public String title(Locale language) {
		return this.titles.of(this.title, language);
	}

	/** The description in this language, where the form has it, else as written. */
	public String description(Locale language) {
		return this.descriptions.of(this.description, language);
	}

	/** The canonical reference to this version: {@code url|version}. */
	public String canonical() {
		return this.url + "|" + this.version;
	}

	public boolean scored() {
		return this.scoring != null;
	}

	public Optional<FormItem> item(String linkId) {
		return this.items.stream().filter((item) -> item.linkId().equals(linkId)).findFirst();
	}

	/**
	 * The linkIds of the items asked, given these answers: an item whose conditions do not hold is
	 * not asked, and the answer to an item that is not asked counts as no answer.
	 */
	public Set<String> enabled(Answers answers) {
		Map<String, String> effective = new HashMap<>();
		Set<String> enabled = new LinkedHashSet<>();
		for (FormItem item : this.items) {
			if (conditionsHold(item, effective)) {
				enabled.add(item.linkId());
				if (answers.has(item.linkId())) {
					effective.put(item.linkId(), answers.get(item.linkId()));
				}
			}
		}
		return enabled;
	}

	private static boolean conditionsHold(FormItem item, Map<String, String> answers) {
		if (item.enableWhen().isEmpty()) {
			return true;
		}
		var results = item.enableWhen().stream().map((condition) -> condition.test(answers.get(condition.question())));
		return item.enableWhenAny() ? results.anyMatch(Boolean::booleanValue) : results.allMatch(Boolean::booleanValue);
	}

	/** Only the answers to questions that are asked, so that a changed answer leaves nothing stale behind. */
	public Answers keepAsked(Answers answers) {
		Set<String> enabled = enabled(answers);
		Map<String, String> kept = new LinkedHashMap<>();
		this.items.stream()
			.filter((item) -> item.asked() && enabled.contains(item.linkId()) && answers.has(item.linkId()))
			.forEach((item) -> kept.put(item.linkId(), answers.get(item.linkId())));
		return new Answers(kept);
	}

	/** The score of these answers, or empty for a form without a score. */
	public Optional<Score> score(Answers answers) {
		if (this.scoring == null) {
			return Optional.empty();
		}
		Map<String, Integer> itemScores = new HashMap<>();
		for (FormItem item : this.items) {
			if (item.scored() && answers.has(item.linkId())) {
				item.option(answers.get(item.linkId()))
					.map(AnswerOption::score)
					.ifPresent((score) -> itemScores.put(item.linkId(), score));
			}
		}
		int total = itemScores.values().stream().mapToInt(Integer::intValue).sum();
		List<String> flags = new ArrayList<>();
		for (Scoring.Flag flag : this.scoring.flags()) {
			if (itemScores.getOrDefault(flag.item(), 0) >= flag.atLeast()) {
				flags.add(flag.label());
			}
		}
		return Optional.of(new Score(total, this.scoring.band(total).label(), flags));
	}

	/** The highest total the form can score. */
	int maxTotal() {
		return this.items.stream().mapToInt(FormItem::maxScore).sum();
	}

	Set<String> linkIds() {
		return this.items.stream().map(FormItem::linkId).collect(Collectors.toSet());
	}

}
