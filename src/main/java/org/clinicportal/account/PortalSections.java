package org.clinicportal.account;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/** The one catalogue of portal sections, collected from the modules that declare them. */
@Component
public class PortalSections {

	private final Map<String, PortalSection> byKey = new LinkedHashMap<>();

	private final Map<String, PortalSectionBadge> badges = new LinkedHashMap<>();

	PortalSections(List<PortalSection> declared, List<PortalSectionBadge> badges) {
		declared.stream().sorted(Comparator.comparingInt(PortalSection::order)).forEach((section) -> {
			if (this.byKey.putIfAbsent(section.key(), section) != null) {
				throw new IllegalStateException("Two portal sections are declared as " + section.key());
			}
		});
		badges.forEach((badge) -> this.badges.put(badge.sectionKey(), badge));
	}

	/** Every section, in their order. */
	public List<PortalSection> all() {
		return List.copyOf(this.byKey.values());
	}

	public Optional<PortalSection> find(String key) {
		return Optional.ofNullable(this.byKey.get(key));
	}

	/** The sections a new grant of this type starts with: the Self defaults, or none for a representative. */
	public Set<String> defaultsFor(AccessType type) {
		var defaults = new LinkedHashSet<String>();
		if (type == AccessType.SELF) {
			this.byKey.values().stream().filter(PortalSection::selfDefault).forEach((s) -> defaults.add(s.key()));
		}
		return defaults;
	}

	/** Of these keys, the ones no section is declared as. */
	public Set<String> unknown(Collection<String> keys) {
		var unknown = new LinkedHashSet<String>(keys);
		unknown.removeAll(this.byKey.keySet());
		return unknown;
	}

	/** These keys' sections, in the catalogue's order; keys of no section are left out. */
	public List<PortalSection> of(Collection<String> keys) {
		return this.byKey.values().stream().filter((section) -> keys.contains(section.key())).toList();
	}

	/** The menu's number beside the section for this account and patient, or 0. */
	public long badge(String key, long accountId, long patientId) {
		PortalSectionBadge badge = this.badges.get(key);
		return (badge != null) ? badge.count(accountId, patientId) : 0;
	}

}
